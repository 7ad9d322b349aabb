import Foundation
import QuorumAnalytics
import QuorumReports
import Testing

@Suite struct HTMLDocumentTests {
  static let cspTag =
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
    + "style-src 'unsafe-inline'; img-src data:\">"

  static var index: ReportIndex {
    ReportIndex(
      ReportPageMetadata(title: "Quorum reports", asOf: SampleReport.asOf, modelVersion: "v3"),
      entries: [
        .init(
          title: "Conversion by score", file: "conversion-by-score.html",
          description: "Do higher scores convert better?",
          dataFiles: ["conversion-by-score.csv", "conversion-by-score-bands.csv"]),
        .init(
          title: "Cycle length", file: "cycle-length.html",
          description: "How long do deals take?", dataFiles: ["cycle-length.csv"]),
      ])
  }

  static var documents: [String] {
    [HTMLDocument(SampleReport.page).html, HTMLDocument(index).html]
  }

  @Test func everyDocumentCarriesTheStrictContentSecurityPolicy() {
    #expect(
      HTMLDocument.contentSecurityPolicy
        == "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
    for html in Self.documents {
      #expect(html.contains(Self.cspTag))
      #expect(
        html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
      #expect(html.hasSuffix("</body>\n</html>\n"))
    }
  }

  @Test func noDocumentReferencesAnythingOutsideItself() {
    for html in Self.documents {
      // The CSP meta tag's `http-equiv` is the one permitted occurrence of "http".
      let lowered = html.lowercased().replacingOccurrences(
        of: "<meta http-equiv=\"content-security-policy\"", with: "", options: [],
        range: nil)
      for forbidden in [
        "http", "url(", "@import", "<script", "<link", "<img", "src=\"", "//", "@font-face",
      ] {
        #expect(!lowered.contains(forbidden), "found \(forbidden)")
      }
    }
  }

  @Test func headerStatesWindowAsOfDateAndModelVersion() {
    let html = HTMLDocument(SampleReport.page).html
    #expect(html.contains("<dt>Data window</dt><dd>2024-01-01 to 2025-03-31</dd>"))
    #expect(html.contains("<dt>As of</dt><dd>2025-04-01</dd>"))
    #expect(html.contains("<dt>Model version</dt><dd>2025-Q1 (v3)</dd>"))
    #expect(html.contains("<title>Conversion by score · Quorum</title>"))
    #expect(html.contains("<h1>Conversion by score</h1>"))
  }

  @Test func missingModelAndOpenWindowAreStatedNotOmitted() {
    let page = ReportPage(ReportPageMetadata(title: "t", asOf: SampleReport.asOf))
    let html = HTMLDocument(page).html
    #expect(html.contains("<dd>all data</dd>"))
    #expect(html.contains("<dd>none (uncalibrated)</dd>"))
  }

  @Test func windowDescribesOpenEnds() {
    let day = Timestamp(year: 2025, month: 1, day: 2)
    #expect(ReportWindow(start: day).description == "from 2025-01-02")
    #expect(ReportWindow(end: day).description == "up to 2025-01-02")
    #expect(ReportWindow().description == "all data")
  }

  @Test func renderingTwiceGivesIdenticalBytesAndNoTimestampUnlessStamped() {
    let first = HTMLDocument(SampleReport.page).html
    let second = HTMLDocument(SampleReport.page).html
    #expect(Array(first.utf8) == Array(second.utf8))
    #expect(!first.contains("generated"))
    var stamped = SampleReport.page
    stamped.metadata.stamp = Timestamp(millisecondsSince1970: 1_743_508_800_000)
    #expect(HTMLDocument(stamped).html.contains("generated 2025-04-01T12:00:00Z"))
  }

  @Test func tableHasCaptionColumnHeadersAndRightAlignedNumbers() {
    let html = HTMLDocument(SampleReport.page).html
    #expect(html.components(separatedBy: "<th scope=\"col\"").count - 1 == 9)
    #expect(
      html.contains("<th scope=\"col\">Score decile</th><th scope=\"col\" class=\"num\">Deals</th>")
    )
    #expect(html.contains("<caption>Win rate by score decile</caption>"))
  }

  @Test func smallTableMatchesGoldenMarkup() {
    var page = ReportPage(ReportPageMetadata(title: "t", asOf: SampleReport.asOf))
    page.addSection("Bands") { section in
      section.table(
        ReportTable(
          title: "Bands",
          columns: [
            ReportColumn("Band"), ReportColumn("Deals", .integer),
            ReportColumn("Win rate", .percent(places: 1)),
            ReportColumn("Amount", .currency(places: 2)), ReportColumn("Closed", .date),
          ],
          rows: [
            ["A & B", 1200, 0.125, -1234.5, .date(Timestamp(year: 2025, month: 2, day: 3))],
            ["C", .missing, .number(.nan), 0, .missing],
          ], note: "Wilson intervals."))
    }
    let golden = """
      <section id="section-1"><h2>Bands</h2>
      <div class="table-wrap" role="region" aria-label="Bands" tabindex="0"><table>\
      <caption>Bands</caption>
      <thead><tr><th scope="col">Band</th><th scope="col" class="num">Deals</th>\
      <th scope="col" class="num">Win rate</th><th scope="col" class="num">Amount</th>\
      <th scope="col" class="date">Closed</th></tr></thead>
      <tbody>
      <tr><td>A &amp; B</td><td class="num">1,200</td><td class="num">12.5%</td>\
      <td class="num">-1,234.50</td><td class="date">2025-02-03</td></tr>
      <tr><td>C</td><td class="num missing">—</td><td class="num missing">—</td>\
      <td class="num">0.00</td><td class="date missing">—</td></tr>
      </tbody>
      </table></div>
      <p class="table-note">Wilson intervals.</p>
      </section>
      """
    #expect(HTMLDocument(page).html.contains(golden))
  }

  @Test func emptyTableSaysSoAcrossAllColumns() {
    var page = ReportPage(ReportPageMetadata(title: "t", asOf: SampleReport.asOf))
    page.addSection("s") {
      $0.table(ReportTable(title: "e", columns: [ReportColumn("a"), ReportColumn("b")]))
    }
    #expect(HTMLDocument(page).html.contains("<td class=\"empty\" colspan=\"2\">No rows.</td>"))
  }

  @Test func blocksRenderAsHeadingsParagraphsCalloutsAndFigures() {
    var page = ReportPage(ReportPageMetadata(title: "t", asOf: SampleReport.asOf))
    page.addSection("Section") { section in
      section.subheading("Sub")
      section.paragraph("Para")
      section.callout(.warning, title: "Careful", "Not monotone")
      section.callout(.note, "FYI")
      section.figures([ReportFigure("Win rate", 0.2345, .percent(places: 1), detail: "CI")])
    }
    let html = HTMLDocument(page).html
    #expect(html.contains("<h3>Sub</h3>"))
    #expect(html.contains("<p>Para</p>"))
    #expect(
      html.contains(
        "<aside class=\"callout warning\"><p class=\"callout-title\">Careful</p><p>Not monotone</p></aside>"
      ))
    #expect(html.contains("<aside class=\"callout note\"><p>FYI</p></aside>"))
    #expect(html.contains("<div class=\"figure-value\">23.5%</div>"))
  }

  @Test func pagesWithThreeOrMoreSectionsGetATableOfContents() {
    let html = HTMLDocument(SampleReport.page).html
    #expect(html.contains("<li><a href=\"#section-3\">Time to close</a></li>"))
    #expect(html.contains("<section id=\"section-3\">"))
    var short = ReportPage(ReportPageMetadata(title: "t", asOf: SampleReport.asOf))
    short.addSection("only") { $0.paragraph("p") }
    #expect(!HTMLDocument(short).html.contains("class=\"toc\""))
  }

  @Test func pageLinksBackToIndexAndToItsCSVFiles() {
    let html = HTMLDocument(SampleReport.page).html
    #expect(html.contains("<a href=\"index.html\">← All reports</a>"))
    #expect(
      html.contains("Data (CSV): <a href=\"conversion-by-score.csv\">conversion-by-score.csv</a>"))
  }

  @Test func indexLinksEveryReportWithItsDescriptionAndFiles() {
    let html = HTMLDocument(Self.index).html
    #expect(
      html.contains(
        "<li><h2><a href=\"conversion-by-score.html\">Conversion by score</a></h2>"
          + "<p>Do higher scores convert better?</p><p class=\"files\">CSV: "
          + "<a href=\"conversion-by-score.csv\">conversion-by-score.csv</a> · "
          + "<a href=\"conversion-by-score-bands.csv\">conversion-by-score-bands.csv</a></p></li>"))
    #expect(html.contains("<a href=\"cycle-length.html\">Cycle length</a>"))
    #expect(!html.contains("All reports"))
  }

  @Test func chartsSitInFiguresWithCaptions() {
    let html = HTMLDocument(SampleReport.page).html
    #expect(
      html.contains(
        "<figure class=\"chart\">\n<figcaption><span class=\"chart-title\">Win rate by score decile</span>"
          + "<span class=\"chart-caption\">Whiskers: 95% Wilson score intervals.</span></figcaption>\n<svg "
      ))
  }

  @Test func linksOutsideTheReportFolderAreRejected() async {
    await #expect(processExitsWith: .failure) {
      let page = ReportPage(
        ReportPageMetadata(title: "t", asOf: Timestamp(millisecondsSince1970: 0)),
        dataFiles: ["https://example.com/x.csv"])
      _ = HTMLDocument(page)
    }
    await #expect(processExitsWith: .failure) {
      let page = ReportPage(
        ReportPageMetadata(title: "t", asOf: Timestamp(millisecondsSince1970: 0)),
        indexFile: "../index.html")
      _ = HTMLDocument(page)
    }
  }
}
