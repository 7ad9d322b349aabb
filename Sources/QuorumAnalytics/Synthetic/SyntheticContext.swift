/// What every account's simulation shares: the settings, the period in days and
/// milliseconds, and the campaign calendar.
struct SyntheticContext: Sendable {
  let settings: SyntheticCRMSettings
  let firstDay: Int
  let lastDay: Int
  /// Midnight starting the first day.
  let periodStart: Int64
  /// The last second of the last day.
  let periodEnd: Int64
  let calendar: SyntheticCampaignCalendar

  init(settings: SyntheticCRMSettings) {
    self.settings = settings
    firstDay = settings.start.daysSinceEpoch
    lastDay = settings.end.daysSinceEpoch
    periodStart = SyntheticTime.milliseconds(ofDay: firstDay)
    periodEnd = settings.asOf.millisecondsSince1970
    calendar = SyntheticCampaignCalendar(firstDay: firstDay, lastDay: lastDay)
  }

  /// Length of the period in years.
  var years: Double { Double(lastDay - firstDay + 1) / 365.25 }

  /// `prefix` followed by `number` padded with zeros to `width` digits: `A0000042`.
  static func identifier(_ prefix: String, _ number: Int, width: Int) -> String {
    let digits = String(number)
    return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

/// What carries over from one account to the next: identifier counters and the leads each
/// campaign (and each month of partner leads) brought, for the spend at the end.
struct SyntheticTallies: Sendable {
  var nextContact = 1
  var nextOpportunity = 1
  var leadsByCampaign: [Int]
  var partnerLeadsByMonth: [Int]

  init(context: SyntheticContext) {
    leadsByCampaign = Array(repeating: 0, count: context.calendar.campaigns.count)
    partnerLeadsByMonth = Array(repeating: 0, count: context.calendar.monthCount)
  }
}

/// A person during the simulation: the contact row plus what the CRM does not show.
struct SyntheticPerson: Sendable {
  var contact: Contact
  let department: Department
  let seniority: Seniority
  /// Multiplies the person's background activity.
  let propensity: Double
  let isJobSeeker: Bool
  /// A lead at no account (a student, a freelancer): never part of a buying committee.
  let isUnmatched: Bool
  /// No e-mail activity from this time on (unsubscribed or bounced).
  var emailStop = Int64.max
  /// Lead source, drawn once the creation time is final.
  var source = SyntheticChannel.direct
  /// Index of the campaign in the calendar, or -1.
  var campaign: Int32 = -1

  var createdAt: Int64 { contact.createdAt.millisecondsSince1970 }

  var canBuy: Bool { !isJobSeeker && !isUnmatched }
  var isSenior: Bool { seniority == .executive || seniority == .vicePresident }
}

/// One generated activity, compact until the batch is written out.
struct SyntheticEvent: Sendable {
  var time: Int64
  var person: Int32
  var kind: SyntheticActivityKind
  /// Index into `kind.details`, or -1.
  var detail: Int16
  /// Index into the campaign calendar, or -1.
  var campaign: Int32

  /// Total order: time, then person, kind, detail, campaign (ties are identical events).
  static func precedes(_ lhs: SyntheticEvent, _ rhs: SyntheticEvent) -> Bool {
    if lhs.time != rhs.time { return lhs.time < rhs.time }
    if lhs.person != rhs.person { return lhs.person < rhs.person }
    if lhs.kind != rhs.kind { return lhs.kind.rawValue < rhs.kind.rawValue }
    if lhs.detail != rhs.detail { return lhs.detail < rhs.detail }
    return lhs.campaign < rhs.campaign
  }
}
