/// Why an import could not run at all (per-row problems are rejects, not errors).
package enum ImportError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The export folder does not exist or is not a folder.
  case notADirectory(path: String)
  /// The folder holds none of the contract's files.
  case noContractFiles(path: String, expected: [String])
  /// A file could not be read (I/O).
  case unreadable(path: String, reason: String)
  /// The mapping file is not valid.
  case invalidMapping(path: String, reason: String)
  /// A file's header lacks a required column.
  case missingColumn(file: String, column: String, header: [String])
  /// `--strict` was given and rows were rejected; nothing was committed.
  case rejectedInStrictMode(count: Int)
  /// A failure injected by a test, to prove atomicity.
  case injectedFailure(afterRows: Int)

  /// A human description naming the file (and line and column where known).
  package var description: String {
    switch self {
    case .notADirectory(let path): "\(path): not a folder"
    case .noContractFiles(let path, let expected):
      "\(path): none of the contract files found (expected \(expected.joined(separator: ", ")))"
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .invalidMapping(let path, let reason): "\(path): invalid mapping: \(reason)"
    case .missingColumn(let file, let column, let header):
      "\(file):1: missing column '\(column)' (header: \(header.prefix(30).joined(separator: ", "))\(header.count > 30 ? ", …" : ""))"
    case .rejectedInStrictMode(let count):
      "\(count) row\(count == 1 ? "" : "s") rejected; --strict: nothing was imported"
    case .injectedFailure(let rows): "injected failure after \(rows) rows"
    }
  }

  /// Whether the error is about the data (exit 65) rather than I/O (exit 1).
  package var isDataError: Bool {
    switch self {
    case .unreadable, .notADirectory: false
    default: true
    }
  }
}
