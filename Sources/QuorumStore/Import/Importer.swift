import Foundation
import QuorumAnalytics

/// Loads a CRM export folder into the database in one transaction.
///
/// Each contract file present in the folder (or named by the mapping) is read in
/// dependency order, every record validated and stored or rejected; rejects are kept in
/// the `rejects` table and returned. A thrown error — I/O, an injected failure, or
/// `--strict` with rejects — rolls everything back, leaving the previous database exactly
/// as it was.
///
/// Speed: this thread reads and validates (`RowParser`, byte-level) and resolves references
/// (`ContractTables`, which also gives new rows their ids), filling `WriteBatch`es; a
/// writer thread stores them (`BatchWriter`, multi-row inserts); a third thread checksums
/// the files. The outcome — rows, ids, counts, rejects and their order — is the one of
/// storing row after row in line order.
package struct Importer {
  /// How to import.
  package struct Options: Sendable {
    /// The export folder.
    package var directory: String
    /// The user's mapping, if any.
    package var mapping: ImportMapping?
    /// Commit nothing when any row is rejected.
    package var strict = false
    /// For tests: throw after this many records, to prove atomicity.
    package var failAfterRows: Int?

    /// Creates options for `directory`.
    package init(directory: String, mapping: ImportMapping? = nil, strict: Bool = false) {
      self.directory = directory
      self.mapping = mapping
      self.strict = strict
    }
  }

  private let database: Database
  private let options: Options

  /// Creates an importer writing into `database` (migrated by the caller).
  package init(database: Database, options: Options) {
    self.database = database
    self.options = options
  }

  /// Runs the import. `progress` is called with the file being read and rows so far.
  ///
  /// Two threads share the work (see `ImportPipeline`): this one reads, validates and
  /// resolves rows, a writer thread stores them; a third checksums the files meanwhile.
  package func run(progress: (String, Int) -> Void = { _, _ in }) throws -> ImportReport {
    let sources = try locateFiles()
    let mapping = options.mapping ?? ImportMapping(version: 1, files: [:])
    let startedAt = Timestamp.now.iso8601
    var report = ImportReport(importID: 0, source: options.directory, files: [], rejects: [])
    var rowsSoFar = 0
    try BulkWritePragmas.during(database, writesDirectly: true) {
      try database.transaction {
        try database.execute(
          "INSERT INTO imports (started_at, source, mapping, files) VALUES (?, ?, ?, '[]')",
          [.text(startedAt), .text(options.directory), mappingText(mapping)])
        report.importID = database.lastInsertedRowID
        let checksums = ChecksumTask(paths: sources.map(\.1))
        let tables = try ContractTables(database: database)
        let pipeline = ImportPipeline(
          writer: try BatchWriter(database: database, importID: report.importID))
        var activityKeys = ActivityKeyCollector()
        var parseRejects: [[Reject]] = []
        var parsedAt: [(start: UInt64, end: UInt64)] = []
        do {
          for (file, path) in sources {
            var counts = ImportReport.FileCounts(file: file.rawValue, path: path, checksum: "")
            var rejects: [Reject] = []
            let start = DispatchTime.now().uptimeNanoseconds
            try importFile(
              file, path: path, mapping: mapping.mapping(for: file), tables: tables,
              pipeline: pipeline, activityKeys: &activityKeys, counts: &counts,
              rejects: &rejects
            ) { rows in
              rowsSoFar += 1
              if let limit = options.failAfterRows, rowsSoFar > limit {
                throw ImportError.injectedFailure(afterRows: limit)
              }
              if rows % 50_000 == 0 { progress(file.fileName, rows) }
            }
            if file == .activities { activityKeys.finishAdding() }
            report.files.append(counts)
            parseRejects.append(rejects)
            parsedAt.append((start, DispatchTime.now().uptimeNanoseconds))
          }
        } catch {
          pipeline.cancel()
          _ = try? checksums.wait()
          throw error
        }
        let outcomes = try pipeline.finish()
        try ActivityTimelineStore(database: database).fold(
          activityKeys.collected(), importID: report.importID)
        for (index, checksum) in try checksums.wait().enumerated() {
          report.files[index].checksum = checksum
        }
        var previousEnd: UInt64 = 0
        for (index, (file, _)) in sources.enumerated() {
          let outcome = outcomes[file] ?? BatchWriter.FileOutcome()
          report.files[index].inserted = outcome.inserted
          report.files[index].updated = outcome.updated
          report.files[index].duplicate = outcome.duplicate
          report.files[index].rejected += outcome.conflicts.count
          let start = max(parsedAt[index].start, previousEnd)
          let end = max(parsedAt[index].end, outcome.finishedAt, start)
          report.files[index].seconds = Double(end - start) / 1e9
          previousEnd = end
          let conflicts = outcome.conflicts.sorted { $0.line < $1.line }
          report.rejects += Self.inLineOrder(parseRejects[index], conflicts)
        }
        try storeRejects(report)
        try database.execute(
          "UPDATE imports SET finished_at = ?, files = ? WHERE id = ?",
          [.text(Timestamp.now.iso8601), .text(filesJSON(report.files)), .integer(report.importID)])
        if options.strict && report.rejectedCount > 0 {
          throw StrictModeRejection(report: report)
        }
      }
    }
    return report
  }

  /// The rejects of one file, from the parser and the writer, in line order (each list is
  /// in line order already, and a line is rejected by one of them at most).
  private static func inLineOrder(_ first: [Reject], _ second: [Reject]) -> [Reject] {
    guard !second.isEmpty else { return first }
    guard !first.isEmpty else { return second }
    var merged: [Reject] = []
    merged.reserveCapacity(first.count + second.count)
    var (i, j) = (0, 0)
    while i < first.count || j < second.count {
      if j == second.count || (i < first.count && first[i].line <= second[j].line) {
        merged.append(first[i])
        i += 1
      } else {
        merged.append(second[j])
        j += 1
      }
    }
    return merged
  }

  private func locateFiles() throws -> [(ContractFile, String)] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: options.directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw ImportError.notADirectory(path: options.directory) }
    let found = ContractFile.allCases.compactMap { file -> (ContractFile, String)? in
      let name = options.mapping?.mapping(for: file).path ?? file.fileName
      let path = (options.directory as NSString).appendingPathComponent(name)
      return FileManager.default.fileExists(atPath: path) ? (file, path) : nil
    }
    guard !found.isEmpty else {
      throw ImportError.noContractFiles(
        path: options.directory, expected: ContractFile.allCases.map(\.fileName))
    }
    return found
  }

  private func importFile(
    _ file: ContractFile, path: String, mapping: ImportMapping.FileMapping,
    tables: ContractTables, pipeline: ImportPipeline, activityKeys: inout ActivityKeyCollector,
    counts: inout ImportReport.FileCounts, rejects: inout [Reject], onRow: (Int) throws -> Void
  ) throws {
    let displayName = (path as NSString).lastPathComponent
    var reader: CSVReader
    do {
      reader = try CSVReader(path: path)
    } catch {
      throw ImportError.unreadable(path: path, reason: error.description)
    }
    guard
      let headerRecord = try read(
        { () throws(CSVReadError) in try reader.readHeader() }, path: path)
    else { return }
    let header = Array(headerRecord)
    let mapping = mapping.derivingStatus(of: file, header: header)
    let layout = try ColumnLayout(
      file: file, displayName: displayName, header: header, mapping: mapping)
    let parser = RowParser(file: file, layout: layout, mapping: mapping)
    let table = TableLayout.of(file)
    let width = table.width
    var batch = pipeline.emptyBatch(file: file, displayName: displayName, width: width)
    var fields: [BatchValue] = []
    fields.reserveCapacity(file.fields.count)
    func send(_ batch: inout WriteBatch) throws {
      if table.writesInKeyOrder { batch.sortByKey(table) }
      if file == .activities {
        activityKeys.add(batch, contactKeyBound: tables.contactKeyBound)
      }
      try pipeline.send(batch)
    }
    while let record = try read({ () throws(CSVReadError) in try reader.next() }, path: path) {
      counts.read += 1
      try onRow(counts.read)
      func reject(_ problem: RowProblem) {
        counts.rejected += 1
        rejects.append(
          Reject(
            file: displayName, line: record.line, column: problem.column, kind: problem.kind,
            message: problem.message, record: record.rawText))
      }
      if let problem = record.problems.first {
        reject(
          RowProblem(
            column: columnName(problem.fieldIndex, header), kind: problem.code,
            message: problem.description))
        continue
      }
      let mark = batch.bytes.count
      record.withRawBytes { batch.bytes.append(contentsOf: $0) }
      let raw = mark..<batch.bytes.count
      var problem = parser.parse(record, into: &fields, batch: &batch)
      if problem == nil {
        let attributes = parser.attributes(of: record, batch: &batch)
        problem = tables.append(
          fields, attributes: attributes, line: record.line, raw: raw, to: &batch)
      }
      if let problem {
        batch.bytes.removeSubrange(mark...)
        reject(problem)
      } else if batch.rows.count == Self.rowsPerBatch {
        try send(&batch)
        batch = pipeline.emptyBatch(file: file, displayName: displayName, width: width)
      }
    }
    if !batch.rows.isEmpty || !batch.newActivityTypes.isEmpty { try send(&batch) }
  }

  /// Rows handed to the writer at a time: a multiple of `UpsertWriter.rowsPerStatement`,
  /// large enough to make hand-overs rare, small enough to keep memory flat.
  static let rowsPerBatch = 4096

  private func read(
    _ next: () throws(CSVReadError) -> CSVRecord?, path: String
  ) throws -> CSVRecord? {
    do {
      return try next()
    } catch {
      throw ImportError.unreadable(path: path, reason: error.description)
    }
  }

  private func columnName(_ index: Int?, _ header: [String]) -> String? {
    index.map { header.indices.contains($0) ? header[$0] : "#\($0 + 1)" }
  }

  private func storeRejects(_ report: ImportReport) throws {
    for reject in report.rejects {
      try database.execute(
        """
        INSERT INTO rejects (import_id, file, line, "column", kind, message, record)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(report.importID), .text(reject.file), .integer(Int64(reject.line)),
          reject.column.map { .text($0) } ?? .null, .text(reject.kind), .text(reject.message),
          .text(reject.record),
        ])
    }
  }

  private func mappingText(_ mapping: ImportMapping) -> DatabaseValue {
    guard options.mapping != nil else { return .null }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return (try? encoder.encode(mapping)).map { .text(String(decoding: $0, as: UTF8.self)) }
      ?? .null
  }

  private func filesJSON(_ files: [ImportReport.FileCounts]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return (try? encoder.encode(files)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
  }
}

/// Thrown inside the import transaction under `--strict` so that it rolls back; carries
/// the report so the rejects can still be shown and written.
package struct StrictModeRejection: Error {
  /// What the import would have done.
  package var report: ImportReport
}
