/// What one import did, per file: the figures printed and stored in `imports.files`.
package struct ImportReport: Sendable, Hashable {
  /// The counts of one file. `read == stored + duplicate + rejected` always holds.
  package struct FileCounts: Sendable, Hashable, Codable {
    /// The contract file.
    package var file: String
    /// The path read.
    package var path: String
    /// FNV-1a 64-bit checksum of the file's bytes, hex.
    package var checksum: String
    /// Data rows read (header and blank lines excluded).
    package var read = 0
    /// Rows inserted.
    package var inserted = 0
    /// Rows that replaced a different earlier version of the same key (upsert).
    package var updated = 0
    /// Rows identical to one already stored (earlier in the file or by an earlier import).
    package var duplicate = 0
    /// Rows rejected, each with a reason in the rejects table.
    package var rejected = 0
    /// Seconds the file took: from when it started to be read (or the previous file's last
    /// row was stored, if later) until its own last row was stored. The files' figures add
    /// up to the import's reading and writing time.
    package var seconds = 0.0

    /// Rows written: inserted plus updated.
    package var stored: Int { inserted + updated }
  }

  /// The id of the run in the `imports` table.
  package var importID: Int64
  /// The folder imported.
  package var source: String
  /// Per-file counts, in import order.
  package var files: [FileCounts]
  /// Every rejected row.
  package var rejects: [Reject]

  /// Total rows rejected.
  package var rejectedCount: Int { files.reduce(0) { $0 + $1.rejected } }
}

/// A rejected row: where it was, why, and its original text.
package struct Reject: Sendable, Hashable {
  /// The file (as named in the export folder).
  package var file: String
  /// The physical line where the record starts (1-based; the header is line 1).
  package var line: Int
  /// The column (header name) at fault, when one is.
  package var column: String?
  /// A machine-readable kind: `csv`, `missing`, `invalid`, `reference`, `conflict`, `rule`.
  package var kind: String
  /// The human reason.
  package var message: String
  /// The record's original text.
  package var record: String

  /// `file:line[:column]: message`.
  package var location: String {
    "\(file):\(line)" + (column.map { ": column '\($0)'" } ?? "")
  }
}
