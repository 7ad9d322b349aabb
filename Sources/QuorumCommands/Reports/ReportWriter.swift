import Foundation
import QuorumReports

/// Writes report documents into a folder: `NAME.html` and the CSV files of each, in the
/// formats asked for, then `index.html` linking every report page present in the folder.
///
/// Before writing a report it removes that report's earlier files of the same formats
/// (`NAME.html`, `NAME.csv`, `NAME-*.csv`), so a table that no longer exists (say, a
/// reliability table after switching to an uncalibrated model) does not linger.
struct ReportWriter {
  /// The folder (absolute path).
  let folder: String
  /// The formats to write.
  let formats: Set<ReportFormat>

  /// Writes the documents and, with HTML, the index; returns the file names written, in
  /// order.
  func write(_ documents: [ReportDocument], index metadata: ReportPageMetadata) throws
    -> [String]
  {
    var files: [(String, String)] = []
    for document in documents {
      try removeEarlierFiles(of: document.kind)
      if formats.contains(.csv) {
        for file in document.dataFiles {
          files.append((document.kind.csvFile(suffix: file.suffix), CSVDocument(file.table).text))
        }
      }
      if formats.contains(.html) {
        var page = document.page
        page.dataFiles = formats.contains(.csv) ? document.csvFiles : []
        files.append((document.kind.htmlFile, HTMLDocument(page).html))
      }
    }
    try OutputFiles.write(Dictionary(files, uniquingKeysWith: { _, last in last }), to: folder)
    guard formats.contains(.html) else { return files.map(\.0) }
    let index = ReportIndex(metadata, entries: try indexEntries())
    try OutputFiles.write(["index.html": HTMLDocument(index).html], to: folder)
    return ["index.html"] + files.map(\.0)
  }

  /// One entry per report whose page is in the folder, in ``ReportKind`` order, with the
  /// report's CSV files found next to it.
  private func indexEntries() throws -> [ReportIndex.Entry] {
    let names = try folderContents()
    return ReportKind.allCases.filter { names.contains($0.htmlFile) }.map { kind in
      ReportIndex.Entry(
        title: kind.title, file: kind.htmlFile, description: kind.question,
        dataFiles: names.filter { Self.isCSV($0, of: kind) }.sorted {
          let main = kind.csvFile(suffix: nil)
          return $0 == main || ($1 != main && $0 < $1)
        })
    }
  }

  private func removeEarlierFiles(of kind: ReportKind) throws {
    for name in try folderContents() {
      let earlier =
        (formats.contains(.html) && name == kind.htmlFile)
        || (formats.contains(.csv) && Self.isCSV(name, of: kind))
      guard earlier else { continue }
      do {
        try FileManager.default.removeItem(
          atPath: (folder as NSString).appendingPathComponent(name))
      } catch {
        throw CommandError.io(
          "cannot replace '\(name)' in '\(folder)': \(error.localizedDescription)")
      }
    }
  }

  private func folderContents() throws -> [String] {
    guard FileManager.default.fileExists(atPath: folder) else { return [] }
    do {
      return try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw CommandError.io("cannot read '\(folder)': \(error.localizedDescription)")
    }
  }

  /// `NAME.csv` or `NAME-<suffix>.csv` where the suffix is a plain word (letters, digits,
  /// `-`), so `model-…` never matches another report's stem.
  private static func isCSV(_ name: String, of kind: ReportKind) -> Bool {
    if name == kind.csvFile(suffix: nil) { return true }
    let prefix = kind.fileStem + "-"
    guard name.hasPrefix(prefix), name.hasSuffix(".csv") else { return false }
    let suffix = name.dropFirst(prefix.count).dropLast(4)
    return !suffix.isEmpty
      && suffix.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
      }
  }
}
