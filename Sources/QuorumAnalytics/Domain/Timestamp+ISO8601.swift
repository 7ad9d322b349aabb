extension Timestamp {
  /// Parses an ISO 8601 calendar date or date-time, exactly.
  ///
  /// Accepted: `2025-03-01` (midnight UTC), `2025-03-01T14:05`, `2025-03-01T14:05:00`,
  /// with optional fraction (`.5`, `.123456`: kept to the millisecond, never rounded up
  /// into another second) and zone (`Z`, `+02:00`, `+0200`, `-05`); a space may stand for
  /// `T`. A date-time without a zone is read as UTC. Impossible dates (`2024-02-30`) and
  /// times (`24:61`) fail with a reason; nothing is guessed.
  ///
  /// - Complexity: O(n) in the length of the text, no allocation.
  public static func parseISO8601(_ text: some StringProtocol) -> Result<Timestamp, ISO8601Error> {
    var scanner = ISO8601Scanner(bytes: Array(text.utf8))
    return scanner.parse()
  }

  /// The instant as ISO 8601 in UTC: `2025-03-01T14:05:00Z`, with `.sss` only when the
  /// milliseconds are not zero.
  public var iso8601: String {
    let date = civilDate
    let msOfDay = Int(millisecondsSince1970 - Int64(daysSince1970) * Timestamp.millisecondsPerDay)
    let seconds = msOfDay / 1000
    var text =
      "\(date.isoDate)T\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))"
    if msOfDay % 1000 != 0 { text += ".\(pad(msOfDay % 1000, 3))" }
    return text + "Z"
  }

  /// The UTC calendar date as `YYYY-MM-DD`.
  public var isoDate: String { civilDate.isoDate }
}

extension CivilDate {
  /// The date as `YYYY-MM-DD`.
  public var isoDate: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }
}

private func pad(_ value: Int, _ width: Int) -> String {
  let digits = String(abs(value))
  let sign = value < 0 ? "-" : ""
  return sign + String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// Why a text is not an ISO 8601 date or date-time.
public enum ISO8601Error: Error, Hashable, Sendable, CustomStringConvertible {
  /// The text does not have the shape of an ISO 8601 date or date-time.
  case malformed
  /// The shape is right but the calendar date does not exist (e.g. `2024-02-30`).
  case invalidDate
  /// The shape is right but the time of day does not exist (e.g. `24:61`).
  case invalidTime
  /// The zone offset is out of range.
  case invalidOffset

  /// A human-readable description.
  public var description: String {
    switch self {
    case .malformed: "not an ISO 8601 date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)"
    case .invalidDate: "no such calendar date"
    case .invalidTime: "no such time of day"
    case .invalidOffset: "time-zone offset out of range"
    }
  }
}

private struct ISO8601Scanner {
  let bytes: [UInt8]
  var index = 0

  mutating func parse() -> Result<Timestamp, ISO8601Error> {
    guard let year = digits(4), expect(UInt8(ascii: "-")), let month = digits(2),
      expect(UInt8(ascii: "-")), let day = digits(2)
    else { return .failure(.malformed) }
    guard let date = CivilDate(year: year, month: month, day: day) else {
      return .failure(.invalidDate)
    }
    var ms = Int64(date.daysSinceEpoch) * Timestamp.millisecondsPerDay
    if index == bytes.count { return .success(Timestamp(millisecondsSince1970: ms)) }
    guard expect(UInt8(ascii: "T")) || expect(UInt8(ascii: " ")) || expect(UInt8(ascii: "t"))
    else { return .failure(.malformed) }
    switch parseTime() {
    case .failure(let error): return .failure(error)
    case .success(let timeMs): ms += timeMs
    }
    switch parseZone() {
    case .failure(let error): return .failure(error)
    case .success(let offsetMs): ms -= offsetMs
    }
    guard index == bytes.count else { return .failure(.malformed) }
    return .success(Timestamp(millisecondsSince1970: ms))
  }

  private mutating func parseTime() -> Result<Int64, ISO8601Error> {
    guard let hour = digits(2), expect(UInt8(ascii: ":")), let minute = digits(2) else {
      return .failure(.malformed)
    }
    var second = 0
    var millis = 0
    if expect(UInt8(ascii: ":")) {
      guard let s = digits(2) else { return .failure(.malformed) }
      second = s
      if expect(UInt8(ascii: ".")) || expect(UInt8(ascii: ",")) {
        var scale = 100
        var count = 0
        while index < bytes.count, let d = digit(bytes[index]) {
          millis += d * scale
          scale /= 10
          count += 1
          index += 1
        }
        guard count > 0 else { return .failure(.malformed) }
      }
    }
    guard hour < 24, minute < 60, second < 60 else { return .failure(.invalidTime) }
    return .success(Int64(((hour * 60 + minute) * 60 + second) * 1000 + millis))
  }

  private mutating func parseZone() -> Result<Int64, ISO8601Error> {
    guard index < bytes.count else { return .success(0) }
    if expect(UInt8(ascii: "Z")) || expect(UInt8(ascii: "z")) { return .success(0) }
    let sign: Int64
    if expect(UInt8(ascii: "+")) {
      sign = 1
    } else if expect(UInt8(ascii: "-")) {
      sign = -1
    } else {
      return .failure(.malformed)
    }
    guard let hours = digits(2) else { return .failure(.malformed) }
    var minutes = 0
    if index < bytes.count {
      _ = expect(UInt8(ascii: ":"))
      guard let m = digits(2) else { return .failure(.malformed) }
      minutes = m
    }
    guard hours <= 14, minutes < 60 else { return .failure(.invalidOffset) }
    return .success(sign * Int64((hours * 60 + minutes) * 60_000))
  }

  private mutating func expect(_ byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  private mutating func digits(_ count: Int) -> Int? {
    guard index + count <= bytes.count else { return nil }
    var value = 0
    for offset in 0..<count {
      guard let d = digit(bytes[index + offset]) else { return nil }
      value = value * 10 + d
    }
    index += count
    return value
  }

  private func digit(_ byte: UInt8) -> Int? {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
  }
}
