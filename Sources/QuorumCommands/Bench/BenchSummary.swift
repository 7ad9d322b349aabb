import Foundation

/// Everything a benchmark measured, rendered as the table people read and the one JSON
/// line machines read.
struct BenchSummary: Codable, Hashable, Sendable {
  /// `quorum --version` of the measuring binary.
  var version: String
  /// The binary measured.
  var executable: String
  /// Where it ran.
  var machine: BenchMachine
  /// Generator settings.
  var accounts: Int
  var seed: UInt64
  /// Rounds measured; the figures are medians over them.
  var runs: Int
  /// The data set folder.
  var dataset: String
  /// Data rows per file of the data set.
  var datasetRows: [String: Int]
  /// Seconds spent generating the data set in this run (`nil` when it was reused).
  var generateSeconds: Double?
  /// The 1-minute load average before and after the measurements: other work competing
  /// for the processors slows the two-threaded import more than the one-threaded anchor.
  var loadAverage: [Double] = []
  /// Stages, then anchors, in the order of the table.
  var figures: [BenchFigure]
  /// Per-file import rates (empty when the import was not measured).
  var importFiles: [BenchFileRate]

  /// The text table: one row per stage and anchor, then the per-file import rates.
  func table() -> String {
    var table = TextTable(
      columns: [
        "stage", "rows", "wall s", "CPU s", "rows/s", "peak RSS MiB", "ratio vs anchor",
      ], rightAligned: [1, 2, 3, 4, 5])
    for figure in figures {
      let name = figure.isAnchor ? "anchor: \(figure.name)" : figure.name
      guard figure.status == .ok else {
        let reason = figure.status.rawValue + (figure.detail.map { " (\($0))" } ?? "")
        table.add([name, "", "", "", "", "", reason])
        continue
      }
      let ratio: String
      if figure.isAnchor {
        ratio = "1.00"
      } else if let value = figure.ratio, let anchor = figure.anchor {
        ratio = Self.format(value, 2) + "× " + anchor
      } else {
        ratio = ""
      }
      table.add([
        name, Self.grouped(figure.rows), figure.medianWallSeconds.map { Self.format($0, 2) } ?? "",
        figure.medianCPUSeconds.map { Self.format($0, 2) } ?? "",
        figure.rowsPerSecond.map { Self.grouped(Int($0.rounded())) } ?? "",
        figure.medianPeakResidentMiB.map { Self.format($0, 0) } ?? "", ratio,
      ])
    }
    var text = table.render()
    if !importFiles.isEmpty {
      var files = TextTable(
        columns: ["import file", "rows", "seconds", "rows/s"], rightAligned: [1, 2, 3])
      for rate in importFiles {
        files.add([
          rate.file, Self.grouped(rate.rows), Self.format(rate.seconds, 2),
          Self.grouped(Int(rate.rowsPerSecond.rounded())),
        ])
      }
      text += "\n\n" + files.render()
    }
    return text
  }

  /// The summary as one line of JSON, keys sorted.
  func jsonLine() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  /// `value` with `digits` decimals, e.g. `12.35`.
  static func format(_ value: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", value)
  }

  /// `value` with thousands separators, e.g. `10,612,345`.
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, character) in digits.enumerated() {
      if index > 0, (digits.count - index).isMultiple(of: 3) { out.append(",") }
      out.append(character)
    }
    return (value < 0 ? "-" : "") + out
  }
}
