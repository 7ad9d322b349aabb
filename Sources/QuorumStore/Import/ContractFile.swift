/// The seven files of the input data contract, in the order they import (parents first).
public enum ContractFile: String, CaseIterable, Hashable, Sendable, Codable,
  CodingKeyRepresentable
{
  /// `accounts.csv`.
  case accounts
  /// `contacts.csv`.
  case contacts
  /// `activities.csv`.
  case activities
  /// `opportunities.csv`.
  case opportunities
  /// `opportunity_contacts.csv`.
  case opportunityContacts = "opportunity_contacts"
  /// `qualifications.csv`.
  case qualifications
  /// `spend.csv`.
  case spend

  /// The canonical file name, e.g. `accounts.csv`.
  public var fileName: String { rawValue + ".csv" }

  /// The fields the contract defines for this file.
  package var fields: [FieldSpec] {
    switch self {
    case .accounts: FieldSpec.accounts
    case .contacts: FieldSpec.contacts
    case .activities: FieldSpec.activities
    case .opportunities: FieldSpec.opportunities
    case .opportunityContacts: FieldSpec.opportunityContacts
    case .qualifications: FieldSpec.qualifications
    case .spend: FieldSpec.spend
    }
  }
}

/// What kind of value a contract field holds, and so how its text is validated.
package enum FieldKind: Hashable, Sendable {
  /// Free text.
  case text
  /// A whole number.
  case integer
  /// A plain decimal amount.
  case decimal
  /// An ISO 8601 date or date-time (or a declared format from a mapping file).
  case timestamp
  /// true/false, yes/no, 1/0.
  case boolean
  /// One of a closed set of values.
  case enumeration([String])
}

/// One column of the data contract: its canonical name, kind, and the export headers
/// (Salesforce, HubSpot) that mean the same field.
package struct FieldSpec: Hashable, Sendable {
  /// The canonical column name, e.g. `account_id`.
  package var name: String
  /// The kind of value.
  package var kind: FieldKind
  /// Whether a row without it is rejected.
  package var isRequired: Bool
  /// Other headers accepted for this field.
  package var aliases: [String]

  init(_ name: String, _ kind: FieldKind = .text, required: Bool = false, aliases: [String] = []) {
    self.name = name
    self.kind = kind
    self.isRequired = required
    self.aliases = aliases
  }

  static let accounts: [FieldSpec] = [
    .init("account_id", required: true, aliases: ["Id", "Account ID", "Record ID", "Company ID"]),
    .init("name", required: true, aliases: ["Name", "Account Name", "Company name"]),
    .init("domain", aliases: ["Website", "Company Domain Name", "Domain Name"]),
    .init("industry", aliases: ["Industry"]),
    .init("employees", .integer, aliases: ["NumberOfEmployees", "Number of Employees"]),
    .init("annual_revenue", .decimal, aliases: ["AnnualRevenue", "Annual Revenue"]),
    .init("country", aliases: ["BillingCountry", "Country/Region", "Country"]),
    .init("region", aliases: ["BillingState", "State/Region", "Region"]),
    .init("created_at", .timestamp, aliases: ["CreatedDate", "Create Date"]),
    .init("target_tier", aliases: ["Tier", "ABM Tier", "Target Account Tier"]),
  ]

  static let contacts: [FieldSpec] = [
    .init("contact_id", required: true, aliases: ["Id", "Contact ID", "Record ID"]),
    .init("created_at", .timestamp, required: true, aliases: ["CreatedDate", "Create Date"]),
    .init("account_id", aliases: ["AccountId", "Associated Company ID", "Company ID"]),
    .init("email", aliases: ["Email", "Email Address"]),
    .init("company", aliases: ["Company", "Company Name", "Account Name"]),
    .init("first_name", aliases: ["FirstName", "First Name"]),
    .init("last_name", aliases: ["LastName", "Last Name"]),
    .init("title", aliases: ["Title", "Job Title"]),
    .init("department", aliases: ["Department"]),
    .init("seniority", aliases: ["Seniority"]),
    .init("source", aliases: ["LeadSource", "Lead Source", "Original Source"]),
    .init("campaign_id", aliases: ["CampaignId", "Campaign ID"]),
  ]

  static let activities: [FieldSpec] = [
    .init("contact_id", required: true, aliases: ["WhoId", "ContactId", "Contact ID"]),
    .init(
      "occurred_at", .timestamp, required: true,
      aliases: ["ActivityDate", "Activity Date", "Timestamp", "Event Date"]),
    .init("type", required: true, aliases: ["Type", "Activity Type", "Event Type"]),
    .init("campaign_id", aliases: ["CampaignId", "Campaign ID"]),
    .init("detail", aliases: ["Subject", "Description"]),
  ]

  static let opportunities: [FieldSpec] = [
    .init(
      "opportunity_id", required: true,
      aliases: ["Id", "Opportunity ID", "Deal ID", "Record ID"]),
    .init("account_id", required: true, aliases: ["AccountId", "Associated Company ID"]),
    .init("created_at", .timestamp, required: true, aliases: ["CreatedDate", "Create Date"]),
    .init(
      "status", .enumeration(["open", "won", "lost"]), required: true, aliases: ["Status"]),
    .init("closed_at", .timestamp, aliases: ["CloseDate", "Close Date"]),
    .init("stage", aliases: ["StageName", "Deal Stage"]),
    .init("amount", .decimal, aliases: ["Amount"]),
    .init("source", aliases: ["LeadSource", "Lead Source", "Original Source"]),
    .init("campaign_id", aliases: ["CampaignId", "Campaign ID"]),
  ]

  static let opportunityContacts: [FieldSpec] = [
    .init("opportunity_id", required: true, aliases: ["OpportunityId"]),
    .init("contact_id", required: true, aliases: ["ContactId"]),
    .init(
      "role", .enumeration(ContractVocabulary.all), required: true, aliases: ["Role"]),
    .init("is_primary", .boolean, aliases: ["IsPrimary"]),
  ]

  static let qualifications: [FieldSpec] = [
    .init(
      "subject_type", .enumeration(["contact", "opportunity", "account"]), required: true),
    .init("subject_id", required: true),
    .init("criterion", .enumeration(ContractVocabulary.criteria), required: true),
    .init(
      "value", .enumeration(["met", "partial", "unmet", "unknown"]), required: true),
    .init("assessed_at", .timestamp, required: true),
    .init("note"),
  ]

  static let spend: [FieldSpec] = [
    .init("channel", required: true),
    .init("period_start", .timestamp, required: true),
    .init("period_end", .timestamp, required: true),
    .init("amount", .decimal, required: true),
    .init("campaign_id"),
  ]
}
