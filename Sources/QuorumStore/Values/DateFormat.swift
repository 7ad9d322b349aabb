import QuorumAnalytics

/// A non-ISO date layout declared for a column in a mapping file, such as `MM/DD/YYYY`.
///
/// The specification is a date of the three parts `YYYY`, `MM`, `DD` in one of the orders
/// month-day-year, day-month-year or year-month-day, joined by one separator (`/`, `.` or
/// `-`), optionally followed by a space and a time, `HH:MM` or `HH:MM:SS` (24-hour). So:
/// `MM/DD/YYYY`, `DD/MM/YYYY`, `YYYY/MM/DD`, `DD.MM.YYYY`, `MM/DD/YYYY HH:MM`,
/// `DD.MM.YYYY HH:MM:SS`. Parts are upper case (`MM` after `HH:` means minutes).
///
/// Values must match the declared layout exactly (a date format takes no time, a
/// date-time format needs one), after trimming surrounding whitespace. Years have four
/// digits, months, days and hours one or two, minutes and seconds two. Times are UTC.
/// Impossible dates (`02/30/2024`) and times (`24:00`) are rejected, never rolled over.
///
/// ```swift
/// let format = try DateFormat("DD.MM.YYYY HH:MM")
/// format.parse("01.03.2025 14:05")  // .success(2025-03-01T14:05:00Z)
/// format.parse("31.02.2025 14:05")  // .failure: no such calendar date
/// ```
public struct DateFormat: Hashable, Sendable, CustomStringConvertible {
  /// The order of a date's parts.
  public enum Order: Hashable, Sendable, CaseIterable {
    /// `MM/DD/YYYY` (United States).
    case monthDayYear
    /// `DD/MM/YYYY`, `DD.MM.YYYY` (most of Europe).
    case dayMonthYear
    /// `YYYY/MM/DD`.
    case yearMonthDay
  }

  /// The order of the date's parts.
  public let order: Order
  /// The character between the date's parts: `/`, `.` or `-`.
  public let separator: Character
  /// Whether values carry a time of day (`HH:MM` or `HH:MM:SS`).
  public let hasTime: Bool
  /// Whether the time includes seconds.
  public let hasSeconds: Bool

  /// Parses a format specification such as `MM/DD/YYYY` or `DD.MM.YYYY HH:MM:SS`.
  ///
  /// - Throws: `ValueError` (kind `malformed`) naming what is wrong with the
  ///   specification.
  public init(_ specification: String) throws(ValueError) {
    func failure(_ reason: String) -> ValueError {
      ValueError(
        kind: .malformed, text: specification,
        expected: "a date format such as MM/DD/YYYY or DD.MM.YYYY HH:MM", reason: reason)
    }
    let parts = specification.split(separator: " ", omittingEmptySubsequences: false)
    guard parts.count <= 2, let datePart = parts.first else {
      throw failure("expected a date, optionally a space and a time")
    }
    guard let separator = datePart.first(where: { !$0.isLetter }), "/.-".contains(separator)
    else { throw failure("the date's parts must be separated by /, . or -") }
    let tokens = datePart.split(separator: separator, omittingEmptySubsequences: false)
    switch tokens {
    case ["MM", "DD", "YYYY"]: order = .monthDayYear
    case ["DD", "MM", "YYYY"]: order = .dayMonthYear
    case ["YYYY", "MM", "DD"]: order = .yearMonthDay
    default: throw failure("the date must be MM/DD/YYYY, DD/MM/YYYY or YYYY/MM/DD (with /, . or -)")
    }
    self.separator = separator
    switch parts.count == 2 ? String(parts[1]) : nil {
    case nil:
      hasTime = false
      hasSeconds = false
    case "HH:MM":
      hasTime = true
      hasSeconds = false
    case "HH:MM:SS":
      hasTime = true
      hasSeconds = true
    default:
      throw failure("the time must be HH:MM or HH:MM:SS")
    }
  }

  /// The specification, e.g. `DD.MM.YYYY HH:MM`.
  public var description: String {
    let s = String(separator)
    let date =
      switch order {
      case .monthDayYear: "MM\(s)DD\(s)YYYY"
      case .dayMonthYear: "DD\(s)MM\(s)YYYY"
      case .yearMonthDay: "YYYY\(s)MM\(s)DD"
      }
    guard hasTime else { return date }
    return date + (hasSeconds ? " HH:MM:SS" : " HH:MM")
  }

  /// Parses a value in this format (surrounding whitespace trimmed), as UTC.
  ///
  /// - Complexity: O(n).
  public func parse(_ text: some StringProtocol) -> Result<Timestamp, ValueError> {
    let original = String(text)
    let expected = "a date in the format \(description)"
    func failure(_ kind: ValueError.Kind, _ reason: String) -> Result<Timestamp, ValueError> {
      .failure(ValueError(kind: kind, text: original, expected: expected, reason: reason))
    }
    let value = Substring(ValueParser.trimmed(Substring(text).utf8))
    guard !value.isEmpty else { return failure(.empty, "no value") }
    let parts = value.split(separator: " ", omittingEmptySubsequences: false)
    guard parts.count == (hasTime ? 2 : 1), let datePart = parts.first,
      let date = dateComponents(datePart)
    else { return failure(.malformed, "expected \(description)") }
    guard let civil = CivilDate(year: date.year, month: date.month, day: date.day) else {
      return failure(.invalidDate, "no such calendar date")
    }
    var milliseconds = Int64(civil.daysSinceEpoch) * Timestamp.millisecondsPerDay
    if hasTime {
      guard let time = timeComponents(parts[1]) else {
        return failure(.malformed, "expected \(description)")
      }
      guard time.hour < 24, time.minute < 60, time.second < 60 else {
        return failure(.invalidTime, "no such time of day")
      }
      milliseconds += Int64((time.hour * 60 + time.minute) * 60 + time.second) * 1000
    }
    return .success(Timestamp(millisecondsSince1970: milliseconds))
  }

  private func dateComponents(_ text: Substring) -> (year: Int, month: Int, day: Int)? {
    let fields = text.split(separator: separator, omittingEmptySubsequences: false)
    guard fields.count == 3 else { return nil }
    let (yearText, monthText, dayText) =
      switch order {
      case .monthDayYear: (fields[2], fields[0], fields[1])
      case .dayMonthYear: (fields[2], fields[1], fields[0])
      case .yearMonthDay: (fields[0], fields[1], fields[2])
      }
    guard let year = Self.number(yearText, digits: 4...4),
      let month = Self.number(monthText, digits: 1...2),
      let day = Self.number(dayText, digits: 1...2)
    else { return nil }
    return (year, month, day)
  }

  private func timeComponents(_ text: Substring) -> (hour: Int, minute: Int, second: Int)? {
    let fields = text.split(separator: ":", omittingEmptySubsequences: false)
    guard fields.count == (hasSeconds ? 3 : 2),
      let hour = Self.number(fields[0], digits: 1...2),
      let minute = Self.number(fields[1], digits: 2...2)
    else { return nil }
    guard hasSeconds else { return (hour, minute, 0) }
    guard let second = Self.number(fields[2], digits: 2...2) else { return nil }
    return (hour, minute, second)
  }

  /// The value of `text` when it is only ASCII digits, as many as `digits` allows.
  private static func number(_ text: Substring, digits: ClosedRange<Int>) -> Int? {
    let bytes = text.utf8
    guard digits.contains(bytes.count), bytes.allSatisfy(ValueParser.isDigit) else { return nil }
    return bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
  }
}
