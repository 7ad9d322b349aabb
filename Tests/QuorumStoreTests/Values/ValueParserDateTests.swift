import QuorumAnalytics
import QuorumStore
import Testing

/// ISO 8601 dates and date-times, and the declared formats of mapping files.
@Suite struct ValueParserDateTests {
  /// 2025-03-01T00:00:00Z.
  private let march1 = Timestamp(year: 2025, month: 3, day: 1)

  @Test func isoDatesAndDateTimesParseExactly() throws {
    #expect(ValueParser.timestamp("2025-03-01") == .success(march1))
    #expect(ValueParser.timestamp(" 2025-03-01 ") == .success(march1))
    let zulu = try ValueParser.timestamp("2025-03-01T14:05:00Z").get()
    #expect(zulu.millisecondsSince1970 - march1.millisecondsSince1970 == (14 * 60 + 5) * 60_000)
    let offset = try ValueParser.timestamp("2025-03-01T14:05:00+02:00").get()
    #expect(offset.iso8601 == "2025-03-01T12:05:00Z")
    let fraction = try ValueParser.timestamp("2025-03-01T14:05:00.25Z").get()
    #expect(fraction.iso8601 == "2025-03-01T14:05:00.250Z")
  }

  @Test(arguments: [
    ("2024-02-30", ValueError.Kind.invalidDate, "no such calendar date"),
    ("2025-01-01T24:61", .invalidTime, "no such time of day"),
    (
      "01/02/2024", .malformed,
      "expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.fff]] with Z or ±HH:MM"
    ),
    ("2025-03-01T10:00+15:00", .outOfRange, "time-zone offset out of range"),
    ("", .empty, "no value"),
  ])
  func isoRejectsWithAReason(text: String, kind: ValueError.Kind, reason: String) {
    let expected = ValueError(
      kind: kind, text: text, expected: "an ISO 8601 date or date-time", reason: reason)
    #expect(ValueParser.timestamp(text) == .failure(expected))
  }

  @Test func isoFromBytesAgrees() {
    let text = "2025-03-01T14:05:00Z"
    let viaBytes = Array(text.utf8).withUnsafeBufferPointer { ValueParser.timestamp(utf8: $0) }
    #expect(viaBytes == ValueParser.timestamp(text))
  }

  @Test(arguments: [
    ("MM/DD/YYYY", "03/01/2025"), ("MM/DD/YYYY", "3/1/2025"), ("DD/MM/YYYY", "01/03/2025"),
    ("YYYY/MM/DD", "2025/03/01"), ("DD.MM.YYYY", "1.3.2025"), ("YYYY-MM-DD", "2025-03-01"),
  ])
  func declaredDateFormatsParse(specification: String, text: String) throws {
    let format = try DateFormat(specification)
    #expect(format.parse(text) == .success(march1))
    #expect(ValueParser.timestamp(text, format: format) == .success(march1))
    #expect(format.description == specification)
  }

  @Test func declaredTimesAreUTCAndSecondsOptionalOnlyByFormat() throws {
    let minutes = try DateFormat("MM/DD/YYYY HH:MM")
    let expected = Timestamp(
      millisecondsSince1970: march1.millisecondsSince1970 + 9 * 3_600_000 + 5 * 60_000)
    #expect(minutes.parse("03/01/2025 9:05") == .success(expected))
    let seconds = try DateFormat("DD.MM.YYYY HH:MM:SS")
    let withSeconds = Timestamp(millisecondsSince1970: expected.millisecondsSince1970 + 7_000)
    #expect(seconds.parse("01.03.2025 09:05:07") == .success(withSeconds))
    #expect(
      seconds.parse("01.03.2025 09:05").map(\.millisecondsSince1970)
        == .failure(
          ValueError(
            kind: .malformed, text: "01.03.2025 09:05",
            expected: "a date in the format DD.MM.YYYY HH:MM:SS",
            reason: "expected DD.MM.YYYY HH:MM:SS")))
  }

  @Test(arguments: [
    ("MM/DD/YYYY", "02/30/2024", ValueError.Kind.invalidDate),
    ("DD/MM/YYYY", "29/02/2023", .invalidDate), ("DD/MM/YYYY", "00/01/2024", .invalidDate),
    ("MM/DD/YYYY", "13/01/2024", .invalidDate),
    ("MM/DD/YYYY HH:MM", "01/02/2024 24:00", .invalidTime),
    ("MM/DD/YYYY HH:MM", "01/02/2024 23:61", .invalidTime),
    ("MM/DD/YYYY", "2024-01-02", .malformed), ("MM/DD/YYYY", "01/02/24", .malformed),
    ("MM/DD/YYYY", "01/02/2024 10:00", .malformed), ("MM/DD/YYYY HH:MM", "01/02/2024", .malformed),
    ("MM/DD/YYYY", "001/02/2024", .malformed), ("MM/DD/YYYY HH:MM", "01/02/2024 10:5", .malformed),
    ("DD.MM.YYYY", "01/02/2024", .malformed), ("MM/DD/YYYY", "", .empty),
  ])
  func declaredFormatsRejectImpossibleOrMismatchedValues(
    specification: String, text: String, kind: ValueError.Kind
  ) throws {
    let format = try DateFormat(specification)
    let error = try #require(format.parse(text).error, "\(text) parsed as \(specification)")
    #expect(error.kind == kind)
    #expect(error.text == text)
  }

  @Test(arguments: [
    "", "MM/DD", "MM-DD/YYYY", "mm/dd/yyyy", "YYYY/DD/MM", "MM DD YYYY", "MM/DD/YYYY HH",
    "MM/DD/YYYY HH:MM:SS.sss", "MM/DD/YYYY  HH:MM", "MM:DD:YYYY",
  ])
  func malformedSpecificationsAreRejected(specification: String) {
    #expect(throws: ValueError.self) { try DateFormat(specification) }
  }
}
