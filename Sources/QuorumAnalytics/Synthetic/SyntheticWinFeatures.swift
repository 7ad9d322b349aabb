import Foundation

/// The signals of an account in the 90 days before one of its deals opened: the inputs of
/// `SyntheticWinModel`, which draws whether the deal is won.
///
/// All of them are observable in the generated CSV files (see `SyntheticCRM.md`).
public struct SyntheticWinFeatures: Hashable, Sendable {
  /// ICP fit of the account, 0...1 (`SyntheticWinModel.fit(of:)`).
  public var fit: Double
  /// High-intent activities of the account's contacts in the look-back window.
  public var highIntentActivities: Int
  /// Distinct contacts with at least one high-intent activity in the look-back window.
  public var breadth: Int
  /// Whether a VP or C-level contact (by title) had a high-intent activity in the window.
  public var economicBuyerEngaged: Bool
  /// Whether one contact had at least `SyntheticWinModel.championThreshold` high-intent
  /// activities in the window (a champion, detected from behaviour).
  public var championPresent: Bool
  /// BANT criteria (budget, authority, need, timeline) whose latest answer in the window,
  /// about the account or one of its contacts, is `met`: 0...4.
  public var bantMet: Int

  /// Creates features.
  public init(
    fit: Double, highIntentActivities: Int, breadth: Int, economicBuyerEngaged: Bool,
    championPresent: Bool, bantMet: Int
  ) {
    self.fit = fit
    self.highIntentActivities = highIntentActivities
    self.breadth = breadth
    self.economicBuyerEngaged = economicBuyerEngaged
    self.championPresent = championPresent
    self.bantMet = bantMet
  }

  /// Engagement intensity, `ln(1 + highIntentActivities)`: the form the model uses.
  public var engagement: Double { log(1 + Double(highIntentActivities)) }
}

/// The true coefficients of the logistic model of `SyntheticWinModel`:
/// `logit P(won) = intercept + fit·x_fit + engagement·ln(1+H) + breadth·x_breadth
///   + economicBuyer·x_eb + champion·x_champion + bant·x_bant`.
public struct SyntheticWinCoefficients: Hashable, Sendable {
  /// The intercept.
  public var intercept: Double
  /// Per unit of ICP fit (0...1).
  public var fit: Double
  /// Per unit of `ln(1 + high-intent activities)`.
  public var engagement: Double
  /// Per engaged contact.
  public var breadth: Double
  /// When a VP or C-level contact is engaged.
  public var economicBuyer: Double
  /// When a champion is present.
  public var champion: Double
  /// Per BANT criterion met.
  public var bant: Double

  /// Creates coefficients.
  public init(
    intercept: Double, fit: Double, engagement: Double, breadth: Double,
    economicBuyer: Double, champion: Double, bant: Double
  ) {
    self.intercept = intercept
    self.fit = fit
    self.engagement = engagement
    self.breadth = breadth
    self.economicBuyer = economicBuyer
    self.champion = champion
    self.bant = bant
  }

  /// The log-odds of winning for `features`.
  public func linearPredictor(_ features: SyntheticWinFeatures) -> Double {
    intercept + fit * features.fit + engagement * features.engagement
      + breadth * Double(features.breadth)
      + (features.economicBuyerEngaged ? economicBuyer : 0)
      + (features.championPresent ? champion : 0) + bant * Double(features.bantMet)
  }
}

/// Computes `SyntheticWinFeatures` from an account's activities and answers: the one
/// definition both the generator (on its own events) and `SyntheticWinModel.features(of:in:)`
/// (on CSV-shaped rows) use.
struct SyntheticWinFeatureExtractor {
  /// Contacts of the account are numbered 0..<isSenior.count.
  let isSenior: [Bool]
  let fit: Double

  /// The features as of `openedAt` (milliseconds): high-intent activities `(contact,
  /// time)` and BANT-relevant answers `(criterion, value, time)` in any order, in any time.
  func features(
    openedAt: Int64, highIntent: some Sequence<(contact: Int, time: Int64)>,
    answers: some Sequence<(QualificationCriterion, QualificationValue, Int64)>
  ) -> SyntheticWinFeatures {
    let from = openedAt - Int64(SyntheticWinModel.lookbackDays) * Timestamp.millisecondsPerDay
    var perContact = [Int](repeating: 0, count: isSenior.count)
    var total = 0
    for event in highIntent where event.time >= from && event.time < openedAt {
      perContact[event.contact] += 1
      total += 1
    }
    let engaged = perContact.indices.filter { perContact[$0] > 0 }
    return SyntheticWinFeatures(
      fit: fit, highIntentActivities: total, breadth: engaged.count,
      economicBuyerEngaged: engaged.contains { isSenior[$0] },
      championPresent: perContact.contains { $0 >= SyntheticWinModel.championThreshold },
      bantMet: bantMet(from: from, to: openedAt, answers: answers))
  }

  /// BANT criteria whose latest answer in [from, to) is `met` (later rows win ties).
  private func bantMet(
    from: Int64, to: Int64,
    answers: some Sequence<(QualificationCriterion, QualificationValue, Int64)>
  ) -> Int {
    let bant: [QualificationCriterion] = [.budget, .authority, .need, .timeline]
    var latest = [(time: Int64, value: QualificationValue)?](repeating: nil, count: bant.count)
    for (criterion, value, time) in answers where time >= from && time < to {
      guard let slot = bant.firstIndex(of: criterion) else { continue }
      if let current = latest[slot], current.time > time { continue }
      latest[slot] = (time, value)
    }
    return latest.count { $0?.value == .met }
  }
}
