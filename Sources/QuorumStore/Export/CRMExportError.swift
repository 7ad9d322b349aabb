/// Why an export could not be written.
public enum CRMExportError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The output directory could not be created.
  case cannotCreateDirectory(path: String, reason: String)
  /// A file could not be created or opened for writing.
  case cannotOpen(path: String, reason: String)
  /// Writing to or closing a file failed (e.g. the disk is full).
  case writeFailed(path: String, reason: String)

  /// A human-readable description.
  public var description: String {
    switch self {
    case .cannotCreateDirectory(let path, let reason):
      "cannot create directory \(path): \(reason)"
    case .cannotOpen(let path, let reason): "cannot open \(path) for writing: \(reason)"
    case .writeFailed(let path, let reason): "cannot write \(path): \(reason)"
    }
  }
}
