import Foundation
import Testing

@testable import QuorumCommands

@Suite struct ReportCommandTests {
  static let pages = [
    "conversion-by-score.html", "cycle-length.html", "cost-per-qualified-lead.html",
    "pipeline-health.html", "target-accounts.html", "model.html",
  ]

  @Test func reportAllWritesEveryPageItsCSVFilesAndTheIndex() throws {
    let fixture = try ReportFixture()
    let result = fixture.report("all", ["--out", fixture.path("out")])
    #expect(result.status == .success, "\(result.errors)")
    let files = try fixture.files(in: "out")
    for page in Self.pages + ["index.html"] { #expect(files.contains(page), "\(page)") }
    for csv in [
      "conversion-by-score.csv", "conversion-by-score-leads.csv", "cycle-length.csv",
      "cycle-length-velocity.csv", "cost-per-qualified-lead.csv",
      "cost-per-qualified-lead-campaigns.csv", "cost-per-qualified-lead-quarters.csv",
      "cost-per-qualified-lead-detail.csv", "pipeline-health.csv", "pipeline-health-stale.csv",
      "pipeline-health-quarters.csv", "pipeline-health-frameworks.csv", "target-accounts.csv",
      "model.csv",
    ] {
      #expect(files.contains(csv), "\(csv)")
    }
    let index = try fixture.text("out/index.html")
    for page in Self.pages { #expect(index.contains("href=\"\(page)\""), "\(page)") }
    #expect(result.output.contains("open \(fixture.path("out/index.html"))"))
  }

  @Test func everyPageIsSelfContainedAndStatesWindowAsOfAndModel() throws {
    let fixture = try ReportFixture()
    #expect(fixture.report("all", ["--out", fixture.path("out")]).status == .success)
    for page in Self.pages {
      let html = try fixture.text("out/\(page)")
      #expect(html.contains("Content-Security-Policy"), "\(page)")
      #expect(!html.contains("<script"), "\(page)")
      #expect(!html.contains("http://") && !html.contains("https://"), "\(page)")
      #expect(!html.contains(" src="), "\(page)")
      #expect(html.contains("<dt>Data window</dt><dd>2024-02-01 to 2025-06-30</dd>"), "\(page)")
      #expect(html.contains("<dt>As of</dt><dd>2025-06-30</dd>"), "\(page)")
      #expect(
        html.contains("<dt>Model version</dt><dd>quorum-default 1.0.0 (uncalibrated)</dd>"),
        "\(page)")
    }
  }

  @Test func aHostileAccountNameIsTextInThePageAndNeutralisedInTheCSV() throws {
    let fixture = try ReportFixture()
    #expect(fixture.report("accounts", ["--out", fixture.path("out")]).status == .success)
    let html = try fixture.text("out/target-accounts.html")
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!html.contains(ReportFixture.hostileName))
    let csv = try fixture.text("out/target-accounts.csv")
    #expect(csv.contains(",\(ReportFixture.hostileName),"))
    #expect(csv.contains(",'=1+2,"))
    #expect(!csv.contains(",=1+2,"))
  }

  @Test func theSameDataAndOptionsGiveTheSameBytes() throws {
    let fixture = try ReportFixture()
    #expect(fixture.report("all", ["--out", fixture.path("a")]).status == .success)
    #expect(fixture.report("all", ["--out", fixture.path("b")]).status == .success)
    let files = try fixture.files(in: "a")
    #expect(files == (try fixture.files(in: "b")))
    for file in files {
      let first = try Data(contentsOf: URL(fileURLWithPath: fixture.path("a/\(file)")))
      let second = try Data(contentsOf: URL(fileURLWithPath: fixture.path("b/\(file)")))
      #expect(first == second, "\(file)")
    }
  }

  @Test func formatCSVWritesOnlyCSVFiles() throws {
    let fixture = try ReportFixture()
    let result = fixture.report("all", ["--out", fixture.path("out"), "--format", "csv"])
    #expect(result.status == .success, "\(result.errors)")
    let files = try fixture.files(in: "out")
    #expect(!files.isEmpty)
    #expect(files.allSatisfy { $0.hasSuffix(".csv") }, "\(files)")
  }

  @Test func aSingleReportWritesItsOwnFilesAndAnIndexOfThePagesPresent() throws {
    let fixture = try ReportFixture()
    #expect(fixture.report("cycle", ["--out", fixture.path("out")]).status == .success)
    #expect(
      try fixture.files(in: "out") == [
        "cycle-length-velocity.csv", "cycle-length.csv", "cycle-length.html", "index.html",
      ])
    #expect(fixture.report("pipeline", ["--out", fixture.path("out")]).status == .success)
    let index = try fixture.text("out/index.html")
    #expect(index.contains("href=\"cycle-length.html\""))
    #expect(index.contains("href=\"pipeline-health.html\""))
    #expect(!index.contains("href=\"model.html\""))
  }

  @Test func conversionBandsByTheScoreAtCreation() throws {
    let fixture = try ReportFixture()
    let result = fixture.report(
      "conversion", ["--out", fixture.path("out"), "--bands", "60", "--format", "csv"])
    #expect(result.status == .success, "\(result.errors)")
    let csv = try fixture.text("out/conversion-by-score.csv")
    let rows = csv.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    #expect(
      rows.first?.joined(separator: ",")
        == "band,score_range,score_from,score_to,deals,open,won,lost,win_rate,win_rate_low,"
        + "win_rate_high,lift,below_previous_band")
    // Two bands split at 60, then the total: five deals, two open, two won, one lost.
    #expect(rows.count == 4)
    #expect(rows.last?.prefix(8).joined(separator: ",") == ",all,,,5,2,2,1")
  }

  @Test func anExportWithoutDealsOrSpendStillGivesEveryReport() throws {
    let fixture = try ReportFixture(only: ["accounts.csv", "contacts.csv", "activities.csv"])
    let result = fixture.report("all", ["--out", fixture.path("out")])
    #expect(result.status == .success, "\(result.errors)")
    #expect(try fixture.text("out/cycle-length.html").contains("No deal was opened in the window"))
    #expect(try fixture.text("out/cost-per-qualified-lead.html").contains("No spend recorded"))
    #expect(try fixture.text("out/pipeline-health.html").contains("No deal is open"))
  }

  @Test func aReversedWindowIsAUsageError() throws {
    let fixture = try ReportFixture(imported: false)
    let result = fixture.report(
      "all", ["--from", "2025-05-01", "--to", "2025-04-01", "--out", fixture.path("out")])
    #expect(result.status == .usage)
    #expect(result.errors.hasPrefix("error: '--from' must not be after '--to'"))
  }

  @Test func decreasingBandEdgesAreAUsageError() throws {
    let fixture = try ReportFixture(imported: false)
    let result = fixture.report("conversion", ["--bands", "40,20"])
    #expect(result.status == .usage)
    #expect(result.errors.contains("band edges must increase"))
  }

  @Test func reportAloneRunsAll() throws {
    let fixture = try ReportFixture()
    let result = run(
      [
        "report", "--db", fixture.database, "--as-of", ReportFixture.asOf, "--out",
        fixture.path("out"), "--format", "csv",
      ],
      root: RootCommand.self)
    #expect(result.status == .success, "\(result.errors)")
    #expect(try fixture.files(in: "out").contains("model.csv"))
  }
}
