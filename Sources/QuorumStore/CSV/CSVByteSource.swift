#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a `CSVReader` reads its bytes: a file, read with positioned reads (so a reader can
/// re-read from an earlier offset and stays a value), or bytes in memory.
enum CSVByteSource: Sendable {
  /// An open file.
  case file(CSVFileDescriptor)
  /// Bytes in memory.
  case memory([UInt8])

  /// Reads up to `buffer.count` bytes at absolute offset `offset` into `buffer`; returns how
  /// many were read, 0 at the end of the input.
  func read(into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) throws(CSVReadError)
    -> Int
  {
    switch self {
    case .file(let file):
      return try file.read(into: buffer, at: offset)
    case .memory(let bytes):
      guard offset < bytes.count else { return 0 }
      let count = min(buffer.count, bytes.count - offset)
      bytes.withUnsafeBufferPointer { source in
        _ = UnsafeMutableBufferPointer(rebasing: buffer[..<count])
          .update(fromContentsOf: source[offset..<(offset + count)])
      }
      return count
    }
  }
}

/// An open, read-only file descriptor, closed when the last reader using it goes away.
final class CSVFileDescriptor: Sendable {
  /// The path it was opened with (for error messages).
  let path: String
  private let descriptor: Int32

  /// Opens `path` for reading.
  init(path: String) throws(CSVReadError) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw .cannotOpen(path: path, errno: errno) }
    self.path = path
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// Reads up to `buffer.count` bytes at `offset`, retrying when interrupted.
  func read(into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) throws(CSVReadError)
    -> Int
  {
    var total = 0
    while total < buffer.count {
      let count = pread(
        descriptor, buffer.baseAddress.map { $0 + total }, buffer.count - total,
        off_t(offset + total))
      if count < 0 {
        if errno == EINTR { continue }
        throw .readFailed(path: path, errno: errno)
      }
      if count == 0 { break }
      total += count
    }
    return total
  }
}
