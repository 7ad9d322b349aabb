import Foundation

/// Appends CSV records to a new file through a 1 MiB byte buffer, so that millions of short rows
/// cost a few hundred system calls.
///
/// A class, not Sendable: it owns an open file and must be used from one place.
final class BufferedFileWriter {
  let path: String
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var isClosed = false
  private static let capacity = 1 << 20

  /// Creates (or truncates) the file at `url`.
  init(url: URL) throws(CRMExportError) {
    path = url.path
    guard FileManager.default.createFile(atPath: path, contents: nil) else {
      throw .cannotOpen(path: path, reason: "the file cannot be created")
    }
    do {
      handle = try FileHandle(forWritingTo: url)
    } catch {
      throw .cannotOpen(path: path, reason: "\(error)")
    }
    buffer.reserveCapacity(Self.capacity)
  }

  deinit {
    if !isClosed { try? handle.close() }
  }

  /// Appends one CSV record (`CSVWriter.append(_:to:)`), encoded straight into the buffer.
  func writeRecord(_ fields: [String]) throws(CRMExportError) {
    CSVWriter.append(fields, to: &buffer)
    if buffer.count >= Self.capacity { try flush() }
  }

  /// Writes out the buffer and closes the file.
  func close() throws(CRMExportError) {
    try flush()
    do {
      try handle.close()
      isClosed = true
    } catch {
      throw .writeFailed(path: path, reason: "\(error)")
    }
  }

  private func flush() throws(CRMExportError) {
    guard !buffer.isEmpty else { return }
    do {
      try handle.write(contentsOf: buffer)
    } catch {
      throw .writeFailed(path: path, reason: "\(error)")
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
