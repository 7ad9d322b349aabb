import QuorumAnalytics
import Testing

@Suite struct SyntheticCRMSettingsTests {
  @Test func defaultsToThreeYearsEndingOnTheLastDayOfSeptember2026() {
    let settings = SyntheticCRMSettings()
    #expect(settings.start.isoDate == "2023-10-01")
    #expect(settings.end.isoDate == "2026-09-30")
    #expect(settings.asOf.iso8601 == "2026-09-30T23:59:59Z")
  }

  @Test func startDefaultsRelativeToAGivenEnd() throws {
    let end = try #require(CivilDate(year: 2024, month: 2, day: 29))
    #expect(SyntheticCRMSettings(end: end).start.isoDate == "2021-03-01")
  }

  @Test func rejectsNegativeAccountCountsAndShortPeriods() throws {
    #expect(throws: SyntheticCRMError.negativeAccountCount(-1)) {
      try SyntheticCRM(settings: SyntheticCRMSettings(accounts: -1))
    }
    let start = try #require(CivilDate(year: 2026, month: 9, day: 2))
    #expect(throws: SyntheticCRMError.periodTooShort(start: "2026-09-02", end: "2026-09-30")) {
      try SyntheticCRM(settings: SyntheticCRMSettings(start: start))
    }
    let thirtyDays = try #require(CivilDate(year: 2026, month: 9, day: 1))
    #expect(throws: Never.self) {
      try SyntheticCRM(settings: SyntheticCRMSettings(start: thirtyDays))
    }
  }

  @Test func zeroAccountsStillYieldTheSpendBatch() throws {
    var batches: [CRMData] = []
    try SyntheticCRM(settings: SyntheticCRMSettings(accounts: 0)).generate { batches.append($0) }
    #expect(batches.count == 1)
    #expect(batches.first?.accounts.isEmpty == true)
    #expect(batches.first?.spend.isEmpty == false)
  }
}
