/// What to generate: how many accounts, from which seed, over which period.
///
/// ```swift
/// let settings = SyntheticCRMSettings(accounts: 300, seed: 7)
/// settings.start.isoDate  // "2023-10-01": three years ending 2026-09-30
/// ```
public struct SyntheticCRMSettings: Hashable, Sendable {
  /// Number of accounts (companies); contacts, activities and deals scale with it.
  public var accounts: Int
  /// The seed: equal settings always give equal data.
  public var seed: UInt64
  /// First day of the period (inclusive).
  public var start: CivilDate
  /// Last day of the period (inclusive); the data is as of the end of this day.
  public var end: CivilDate

  /// Creates settings; `start` defaults to three years before `end` (the day after the
  /// same date three years earlier), `end` to 2026-09-30.
  public init(
    accounts: Int = 300, seed: UInt64 = 1, start: CivilDate? = nil,
    end: CivilDate = SyntheticCRMSettings.defaultEnd
  ) {
    self.accounts = accounts
    self.seed = seed
    self.end = end
    self.start = start ?? SyntheticCRMSettings.threeYears(before: end)
  }

  /// The default last day, 2026-09-30.
  public static let defaultEnd = CivilDate(
    daysSinceEpoch: CivilDate.daysSinceEpoch(year: 2026, month: 9, day: 30))

  /// The end of the period: the last second of `end`, UTC.
  public var asOf: Timestamp {
    Timestamp(
      millisecondsSince1970: SyntheticTime.milliseconds(ofDay: end.daysSinceEpoch + 1) - 1000)
  }

  /// Checks the settings a user gave.
  ///
  /// - Throws: `SyntheticCRMError` when the account count is negative or the period is
  ///   shorter than 30 days.
  public func validated() throws(SyntheticCRMError) -> SyntheticCRMSettings {
    guard accounts >= 0 else { throw .negativeAccountCount(accounts) }
    guard end.daysSinceEpoch - start.daysSinceEpoch + 1 >= 30 else {
      throw .periodTooShort(start: start.isoDate, end: end.isoDate)
    }
    return self
  }

  private static func threeYears(before end: CivilDate) -> CivilDate {
    let day = min(end.day, CivilDate.daysIn(month: end.month, year: end.year - 3))
    return CivilDate(
      daysSinceEpoch: CivilDate.daysSinceEpoch(year: end.year - 3, month: end.month, day: day) + 1)
  }
}

/// Why synthetic CRM data cannot be generated with the given settings.
public enum SyntheticCRMError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The number of accounts is negative.
  case negativeAccountCount(Int)
  /// The period from start to end (inclusive) is shorter than 30 days.
  case periodTooShort(start: String, end: String)

  /// A human-readable description.
  public var description: String {
    switch self {
    case .negativeAccountCount(let count):
      "the number of accounts must be zero or more (got \(count))"
    case .periodTooShort(let start, let end):
      "the period \(start) to \(end) is shorter than 30 days"
    }
  }
}
