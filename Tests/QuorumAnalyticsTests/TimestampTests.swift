import QuorumAnalytics
import Testing

@Suite struct TimestampTests {
  @Test func civilDateRoundTripsAcrossEpochAndLeapYears() {
    for days in [-800_000, -1, 0, 1, 11_016, 19_783, 2_932_896] {
      #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
    }
    #expect(Timestamp(year: 2024, month: 2, day: 29).isoDate == "2024-02-29")
    #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
  }

  @Test func parsesDatesAndDateTimesWithZonesExactly() throws {
    let date = try Timestamp.parseISO8601("2025-03-01").get()
    #expect(date == Timestamp(year: 2025, month: 3, day: 1))
    let zulu = try Timestamp.parseISO8601("2025-03-01T14:05:00Z").get()
    #expect(zulu.millisecondsSince1970 == date.millisecondsSince1970 + (14 * 60 + 5) * 60_000)
    let offset = try Timestamp.parseISO8601("2025-03-01T14:05:00+02:00").get()
    #expect(offset.iso8601 == "2025-03-01T12:05:00Z")
    let fraction = try Timestamp.parseISO8601("2025-03-01T14:05:00.1239Z").get()
    #expect(fraction.iso8601 == "2025-03-01T14:05:00.123Z")
    #expect(
      try Timestamp.parseISO8601("1969-12-31T23:59:59Z").get().iso8601 == "1969-12-31T23:59:59Z")
  }

  @Test(arguments: [
    ("2024-02-30", ISO8601Error.invalidDate), ("2025-01-01T24:61", .invalidTime),
    ("01/02/2024", .malformed), ("2025-1-1", .malformed),
    ("2025-01-01T10:00+15:00", .invalidOffset),
    ("2025-01-01T10:00:00Zjunk", .malformed), ("", .malformed),
  ])
  func rejectsImpossibleOrMalformedText(text: String, error: ISO8601Error) {
    #expect(Timestamp.parseISO8601(text) == .failure(error))
  }
}
