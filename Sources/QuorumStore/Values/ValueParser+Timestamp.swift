import QuorumAnalytics

extension ValueParser {
  /// Parses an ISO 8601 date or date-time exactly, with `Timestamp.parseISO8601`:
  /// `2025-03-01` (midnight UTC), `2025-03-01T14:05:00Z`, `2025-03-01T14:05:00+02:00`,
  /// fractions kept to the millisecond. `2024-02-30` (no such date), `24:61` (no such time)
  /// and `01/02/2024` (not ISO; declare a `DateFormat` for such columns) are rejected.
  public static func timestamp(_ text: some StringProtocol) -> Result<Timestamp, ValueError> {
    let expected = "an ISO 8601 date or date-time"
    let value = Substring(text)
    let bytes = trimmed(value.utf8)
    guard !bytes.isEmpty else { return .failure(emptyError(value.utf8, expected: expected)) }
    switch Timestamp.parseISO8601(Substring(bytes)) {
    case .success(let timestamp):
      return .success(timestamp)
    case .failure(let error):
      let kind: ValueError.Kind =
        switch error {
        case .malformed: .malformed
        case .invalidDate: .invalidDate
        case .invalidTime: .invalidTime
        case .invalidOffset: .outOfRange
        }
      let reason =
        error == .malformed
        ? "expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.fff]] with Z or ±HH:MM"
        : error.description
      return .failure(
        ValueError(kind: kind, text: String(value), expected: expected, reason: reason))
    }
  }

  /// `timestamp(_:)` of UTF-8 bytes.
  public static func timestamp(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<
    Timestamp, ValueError
  > {
    timestamp(String(decoding: bytes, as: UTF8.self))
  }

  /// Parses a date or date-time written in a declared `format` (from a mapping file), in
  /// UTC: `ValueParser.timestamp("03/01/2025", format: DateFormat("MM/DD/YYYY"))` is
  /// 2025-03-01. Impossible dates and times are rejected, never rolled over.
  public static func timestamp(_ text: some StringProtocol, format: DateFormat) -> Result<
    Timestamp, ValueError
  > {
    format.parse(text)
  }
}
