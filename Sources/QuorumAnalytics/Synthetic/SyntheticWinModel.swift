import Foundation

/// The true model that decides which synthetic deals are won: a logistic regression on
/// signals present in the 90 days **before** the deal opened, with the coefficients below.
///
/// The generator computes `SyntheticWinFeatures` from the data it has written so far, draws
/// `won` with probability `probabilityOfWinning(_:)` and only then writes what happens
/// after the deal opened (cycle activities, MEDDIC answers, committee roles), which depend
/// on the outcome but must not be used to predict it. A calibration that uses only data
/// from before the opening should therefore recover these coefficients (up to sampling
/// noise and the definitions of its own features); see `SyntheticCRM.md`.
///
/// Reference: D. W. Hosmer, S. Lemeshow and R. X. Sturdivant, *Applied Logistic
/// Regression*, 3rd ed., Wiley, 2013.
public enum SyntheticWinModel: Sendable {
  /// The true coefficients.
  public static let coefficients = SyntheticWinCoefficients(
    intercept: -5.4, fit: 1.6, engagement: 0.45, breadth: 0.25, economicBuyer: 0.8,
    champion: 0.9, bant: 0.35)

  /// Length of the look-back window before the opening, in days.
  public static let lookbackDays = 90

  /// High-intent activities one contact needs in the window to count as a champion.
  public static let championThreshold = 4

  /// The activity types that count as high intent.
  public static let highIntentTypes: Set<ActivityType> = [
    "pricing_page_view", "roi_calculator", "demo_requested", "demo_attended", "meeting",
    "email_reply", "case_study_view", "contact_request",
  ]

  /// The industries of the Ideal Customer Profile (industry fit 1).
  public static let icpIndustries = SyntheticIndustryCatalog.all.filter { $0.icpFit == 1 }.map(
    \.name)

  /// ICP fit of an account, 0...1: `0.4·industry + 0.35·size + 0.25·region`, where industry
  /// is 1 for the ICP industries (Software, Financial Services, Healthcare, Manufacturing),
  /// 0.5 for adjacent ones (Insurance, Telecommunications, Logistics, Professional
  /// Services), 0 otherwise; size is 1 for 200...5,000 employees, 0.5 for 50...199 or
  /// 5,001...20,000, 0 otherwise (and when unknown); region is 1 for NA, 0.75 EMEA,
  /// 0.4 APAC, 0.25 LATAM.
  ///
  /// ```swift
  /// let account = Account(id: "A1", name: "Kavelu Health", industry: "Healthcare",
  ///                       employees: 120, region: "EMEA")
  /// SyntheticWinModel.fit(of: account)  // 0.4 + 0.35 · 0.5 + 0.25 · 0.75 = 0.7625
  /// ```
  public static func fit(of account: Account) -> Double {
    0.4 * SyntheticIndustryCatalog.icpFit(ofIndustry: account.industry)
      + 0.35 * sizeFit(employees: account.employees)
      + 0.25 * SyntheticCountryCatalog.icpFit(ofRegion: account.region)
  }

  /// The probability that a deal with these signals is won.
  public static func probabilityOfWinning(_ features: SyntheticWinFeatures) -> Double {
    1 / (1 + exp(-coefficients.linearPredictor(features)))
  }

  /// The signals of `opportunity` read back from the batch the generator produced for its
  /// account: the account's contacts are those linked to it plus the batch's contacts
  /// without an `account_id` (the generator puts an account's unlinked contacts, and the
  /// few that match no account and never show high intent, in that account's batch).
  ///
  /// - Complexity: O(contacts + activities + qualifications) of the batch.
  public static func features(of opportunity: Opportunity, in batch: CRMData)
    -> SyntheticWinFeatures
  {
    let contacts = batch.contacts.filter {
      $0.accountID == opportunity.accountID || $0.accountID == nil
    }
    var index: [String: Int] = [:]
    for (position, contact) in contacts.enumerated() { index[contact.id] = position }
    let extractor = SyntheticWinFeatureExtractor(
      isSenior: contacts.map { isSenior(title: $0.title) },
      fit: batch.accounts.first { $0.id == opportunity.accountID }.map(fit(of:)) ?? 0)
    let highIntent = batch.activities.lazy.compactMap { activity -> (contact: Int, time: Int64)? in
      guard highIntentTypes.contains(activity.type), let contact = index[activity.contactID]
      else { return nil }
      return (contact, activity.occurredAt.millisecondsSince1970)
    }
    let answers = batch.qualifications.lazy.filter { answer in
      switch answer.subjectType {
      case .contact: index[answer.subjectID] != nil
      case .account: answer.subjectID == opportunity.accountID
      case .opportunity: false
      }
    }.map { ($0.criterion, $0.value, $0.assessedAt.millisecondsSince1970) }
    return extractor.features(
      openedAt: opportunity.createdAt.millisecondsSince1970, highIntent: highIntent,
      answers: answers)
  }

  static func sizeFit(employees: Int?) -> Double {
    guard let employees else { return 0 }
    switch employees {
    case 200...5_000: return 1
    case 50..<200, 5_001...20_000: return 0.5
    default: return 0
    }
  }

  /// Whether a generated title is VP or C-level.
  static func isSenior(title: String?) -> Bool {
    guard let title, let seniority = SyntheticJobTitles.seniorityByTitle[title] else {
      return false
    }
    return seniority == .executive || seniority == .vicePresident
  }
}

/// What the generator knows about one of its deals: the signals before opening, the
/// probability the true model gave it, and the drawn outcome (also for deals still open at
/// the end of the period, whose outcome the data does not show).
public struct SyntheticDealTruth: Hashable, Sendable {
  /// The opportunity.
  public var opportunityID: String
  /// The signals in the 90 days before it opened.
  public var features: SyntheticWinFeatures
  /// `SyntheticWinModel.probabilityOfWinning(features)`.
  public var probabilityOfWinning: Double
  /// The drawn outcome.
  public var won: Bool

  /// Creates a record.
  public init(
    opportunityID: String, features: SyntheticWinFeatures, probabilityOfWinning: Double,
    won: Bool
  ) {
    self.opportunityID = opportunityID
    self.features = features
    self.probabilityOfWinning = probabilityOfWinning
    self.won = won
  }
}
