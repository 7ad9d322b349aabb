import QuorumAnalytics

/// The fields of one row of each contract file, in `ContractFile.contractColumns` order followed
/// by the custom columns (empty where a row has no such attribute).
enum CRMRowFields {
  static func account(_ account: Account, custom: [String]) -> [String] {
    [
      account.id, account.name, account.domain ?? "", account.industry ?? "",
      account.employees.map(String.init) ?? "",
      account.annualRevenue.map(CSVValueText.decimal) ?? "",
      account.country ?? "", account.region ?? "",
      account.createdAt.map(CSVValueText.dateOrDateTime) ?? "", account.targetTier ?? "",
    ] + custom.map { account.attributes[$0] ?? "" }
  }

  static func contact(_ contact: Contact, custom: [String]) -> [String] {
    [
      contact.id, contact.accountID ?? "", contact.email ?? "", contact.company ?? "",
      contact.firstName ?? "", contact.lastName ?? "", contact.title ?? "",
      contact.department ?? "", contact.seniority ?? "", contact.source ?? "",
      contact.campaignID ?? "", CSVValueText.dateOrDateTime(contact.createdAt),
    ] + custom.map { contact.attributes[$0] ?? "" }
  }

  static func activity(_ activity: Activity) -> [String] {
    [
      activity.contactID, CSVValueText.dateTime(activity.occurredAt), activity.type.rawValue,
      activity.campaignID ?? "", activity.detail ?? "",
    ]
  }

  static func opportunity(_ opportunity: Opportunity, custom: [String]) -> [String] {
    [
      opportunity.id, opportunity.accountID, CSVValueText.dateOrDateTime(opportunity.createdAt),
      opportunity.status.rawValue, opportunity.closedAt.map(CSVValueText.dateOrDateTime) ?? "",
      opportunity.stage ?? "", opportunity.amount.map(CSVValueText.decimal) ?? "",
      opportunity.source ?? "", opportunity.campaignID ?? "",
    ] + custom.map { opportunity.attributes[$0] ?? "" }
  }

  static func opportunityContact(_ role: OpportunityContact) -> [String] {
    [role.opportunityID, role.contactID, role.role.rawValue, role.isPrimary ? "true" : "false"]
  }

  static func qualification(_ answer: Qualification) -> [String] {
    [
      answer.subjectType.rawValue, answer.subjectID, answer.criterion.rawValue,
      answer.value.rawValue, CSVValueText.dateOrDateTime(answer.assessedAt), answer.note ?? "",
    ]
  }

  static func spend(_ spend: Spend) -> [String] {
    [
      spend.channel, CSVValueText.dateOrDateTime(spend.periodStart),
      CSVValueText.dateOrDateTime(spend.periodEnd), CSVValueText.decimal(spend.amount),
      spend.campaignID ?? "",
    ]
  }
}
