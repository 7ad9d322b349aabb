import Foundation
import QuorumReports
import Testing

@Suite struct SampleReportTests {
  @Test func samplePageHasEveryChartKindAndNoExternalReference() throws {
    let html = HTMLDocument(SampleReport.page).html
    #expect(html.components(separatedBy: "<svg ").count - 1 == 8)
    for forbidden in ["http:", "https:", "url(", "@import", "<script", "//"] {
      #expect(!html.contains(forbidden), "found \(forbidden)")
    }
    let directory =
      ProcessInfo.processInfo.environment["QUORUM_SAMPLE_DIR"]
      .map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory
    try html.write(
      to: directory.appendingPathComponent("quorum-sample.html"), atomically: true,
      encoding: .utf8)
    try HTMLDocument(HTMLDocumentTests.index).html.write(
      to: directory.appendingPathComponent("quorum-sample-index.html"), atomically: true,
      encoding: .utf8)
    var table = SampleReport.table
    for text in ["=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", "\rx", "a,\"b\"\nc"] {
      table.append([.text(text), -3, 1, .number(-0.5), 0.1, 0.2, -1.25, -1_234.5, .missing])
    }
    try CSVDocument(table).text.write(
      to: directory.appendingPathComponent("quorum-sample.csv"), atomically: true,
      encoding: .utf8)
  }
}
