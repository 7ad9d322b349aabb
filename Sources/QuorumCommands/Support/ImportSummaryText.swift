import QuorumStore

/// The text `quorum import` prints: per-file counts that add up, then the first rejects.
enum ImportSummaryText {
  /// How many rejects are listed on screen (all are in the rejects file).
  static let rejectsShown = 20

  static func render(_ report: ImportReport, rejectsPath: String) -> String {
    var table = TextTable(
      columns: ["file", "read", "inserted", "updated", "duplicate", "rejected"],
      rightAligned: [1, 2, 3, 4, 5])
    for file in report.files {
      table.add([
        file.file, "\(file.read)", "\(file.inserted)", "\(file.updated)", "\(file.duplicate)",
        "\(file.rejected)",
      ])
    }
    var lines = ["import #\(report.importID) from \(report.source)", "", table.render()]
    let rejects = report.rejects
    if rejects.isEmpty {
      lines.append("no rows rejected")
    } else {
      lines.append("")
      lines.append(
        "\(rejects.count) row\(rejects.count == 1 ? "" : "s") rejected (all in \(rejectsPath)):")
      for reject in rejects.prefix(rejectsShown) {
        lines.append("  \(reject.location): \(reject.kind): \(reject.message)")
      }
      if rejects.count > rejectsShown {
        lines.append("  … and \(rejects.count - rejectsShown) more")
      }
    }
    return lines.joined(separator: "\n")
  }
}
