import QuorumAnalytics
import QuorumReports
import Testing

@Suite struct CSVDocumentTests {
  private static func csv(_ columns: [ReportColumn], _ rows: [[ReportValue]]) -> String {
    CSVDocument(ReportTable(title: "t", columns: columns, rows: rows)).text
  }

  @Test func writesOneHeaderRowThenOneRecordPerRowEndingInNewline() {
    let text = Self.csv(
      [ReportColumn("band"), ReportColumn("deals", .integer)], [["D1", 12], ["D2", 7]])
    #expect(text == "band,deals\nD1,12\nD2,7\n")
  }

  @Test func tableWithoutRowsIsJustTheHeader() {
    #expect(Self.csv([ReportColumn("a"), ReportColumn("b")], []) == "a,b\n")
  }

  @Test func quotesFieldsWithCommasQuotesAndLineBreaks() {
    let text = Self.csv(
      [ReportColumn("name")],
      [["Acme, Inc."], ["The \"Best\" Co"], ["two\nlines"], ["cr\u{D}\u{A}lf"], [" padded "]])
    #expect(
      text
        == "name\n\"Acme, Inc.\"\n\"The \"\"Best\"\" Co\"\n\"two\nlines\"\n\"cr\u{D}\u{A}lf\"\n\" padded \"\n"
    )
  }

  @Test(arguments: [
    ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-2+3", "'-2+3"), ("@cmd", "'@cmd"),
    ("\tx", "'\tx"), ("\rx", "\"'\rx\""),
    ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
  ])
  func prefixesFormulaLikeTextWithApostrophe(_ input: String, _ expected: String) {
    #expect(Self.csv([ReportColumn("name")], [[.text(input)]]) == "name\n\(expected)\n")
  }

  @Test func leavesOrdinaryTextAndInnerFormulaCharactersAlone() {
    let text = Self.csv([ReportColumn("name")], [["Acme"], ["a=b"], ["x-1"], ["'quoted"]])
    #expect(text == "name\nAcme\na=b\nx-1\n'quoted\n")
  }

  @Test func negativeNumbersStayNumbers() {
    let text = Self.csv(
      [
        ReportColumn("int", .integer), ReportColumn("dec", .decimal(places: 2)),
        ReportColumn("pct", .percent(places: 1)), ReportColumn("money", .currency(places: 2)),
        ReportColumn("text"),
      ],
      [[.integer(-2), .number(-2.5), .number(-0.125), .number(-1_234.5), .text("-2")]])
    #expect(text == "int,dec,pct,money,text\n-2,-2.50,-0.125,-1234.50,'-2\n")
  }

  @Test func numbersArePlainWithFixedPrecisionAndNoGrouping() {
    let text = Self.csv(
      [
        ReportColumn("int", .integer), ReportColumn("dec", .decimal(places: 3)),
        ReportColumn("pct", .percent(places: 1)), ReportColumn("money", .currency(places: 2)),
        ReportColumn("free"),
      ],
      [[.integer(1_234_567), .number(2.0 / 3.0), .number(0.4267), .number(1_234_567.891), 0.1]])
    #expect(text == "int,dec,pct,money,free\n1234567,0.667,0.427,1234567.89,0.1\n")
  }

  @Test func missingAndNonFiniteValuesAreEmptyFields() {
    let text = Self.csv(
      [
        ReportColumn("a", .decimal(places: 2)), ReportColumn("b", .percent(places: 1)),
        ReportColumn("c", .integer), ReportColumn("d", .date),
      ],
      [[.number(.nan), .number(.infinity), .missing, .number(-.infinity)]])
    #expect(text == "a,b,c,d\n,,,\n")
    #expect(!text.contains("nan") && !text.contains("inf"))
  }

  @Test func optionalConstructorsTurnNilAndNonFiniteIntoMissing() {
    let none: Double? = nil
    #expect(ReportValue.number(none) == .missing)
    #expect(ReportValue.number(Double?.some(.nan)) == .missing)
    #expect(ReportValue.number(Double?.some(0.5)) == .number(0.5))
    #expect(ReportValue.integer(Int?.none) == .missing)
    #expect(ReportValue.text(String?.none) == .missing)
    #expect(ReportValue.date(Timestamp?.none) == .missing)
  }

  @Test func datesAreISOCalendarDates() {
    let text = Self.csv(
      [ReportColumn("created", .date)],
      [
        [.date(Timestamp(year: 2025, month: 3, day: 1))],
        [.date(Timestamp(millisecondsSince1970: 1_740_841_199_000))],
      ])
    #expect(text == "created\n2025-03-01\n2025-03-01\n")
  }

  @Test func negativeZeroIsWrittenAsZero() {
    let text = Self.csv([ReportColumn("x", .decimal(places: 2))], [[.number(-0.001)]])
    #expect(text == "x\n0.00\n")
  }

  @Test func headerNamesAreQuotedAndNeutralisedToo() {
    let text = Self.csv([ReportColumn("=cmd"), ReportColumn("a,b")], [])
    #expect(text == "'=cmd,\"a,b\"\n")
  }

  @Test func sameTableGivesSameBytes() {
    let first = CSVDocument(SampleReport.table).text
    let second = CSVDocument(SampleReport.table).text
    #expect(Array(first.utf8) == Array(second.utf8))
  }

  @Test func sampleTableMatchesGoldenText() {
    let table = ReportTable(
      title: "Win rate by band",
      columns: [
        ReportColumn("band"), ReportColumn("deals", .integer),
        ReportColumn("win_rate", .percent(places: 1)),
        ReportColumn("first_close", .date),
      ],
      rows: [
        ["Top, 10%", 96, 0.4271, .date(Timestamp(year: 2024, month: 1, day: 3))],
        ["=1+1", 0, .missing, .missing],
      ])
    #expect(
      CSVDocument(table).text
        == "band,deals,win_rate,first_close\n\"Top, 10%\",96,0.427,2024-01-03\n'=1+1,0,,\n")
  }
}
