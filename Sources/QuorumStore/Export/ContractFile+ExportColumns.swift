extension ContractFile {
  /// The contract's columns (required and optional), canonical names, in the order the
  /// exporter writes them.
  public var contractColumns: [String] {
    switch self {
    case .accounts:
      [
        "account_id", "name", "domain", "industry", "employees", "annual_revenue", "country",
        "region", "created_at", "target_tier",
      ]
    case .contacts:
      [
        "contact_id", "account_id", "email", "company", "first_name", "last_name", "title",
        "department", "seniority", "source", "campaign_id", "created_at",
      ]
    case .activities: ["contact_id", "occurred_at", "type", "campaign_id", "detail"]
    case .opportunities:
      [
        "opportunity_id", "account_id", "created_at", "status", "closed_at", "stage", "amount",
        "source", "campaign_id",
      ]
    case .opportunityContacts: ["opportunity_id", "contact_id", "role", "is_primary"]
    case .qualifications:
      ["subject_type", "subject_id", "criterion", "value", "assessed_at", "note"]
    case .spend: ["channel", "period_start", "period_end", "amount", "campaign_id"]
    }
  }
}
