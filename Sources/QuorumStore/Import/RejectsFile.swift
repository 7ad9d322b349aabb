import Foundation

/// Writes the rejects of an import as CSV (`rejects.csv` next to the database by default).
package enum RejectsFile {
  /// The header of `rejects.csv`.
  package static let header = ["import_id", "file", "line", "column", "kind", "message", "record"]

  /// Writes `report`'s rejects to `path`, replacing the file.
  package static func write(_ report: ImportReport, to path: String) throws {
    var writer = CSVWriter()
    writer.write(header)
    for reject in report.rejects {
      writer.write([
        String(report.importID), reject.file, String(reject.line), reject.column ?? "",
        reject.kind, reject.message, reject.record,
      ])
    }
    do {
      try writer.text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      throw ImportError.unreadable(
        path: path, reason: "cannot write: \(error.localizedDescription)")
    }
  }
}
