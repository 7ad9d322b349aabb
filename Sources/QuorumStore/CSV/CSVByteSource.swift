#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a `CSVReader` reads its bytes: a file, read with positioned reads (so a reader can
/// re-read from an earlier offset), or bytes in memory. A file source's descriptor is
/// closed by the reader that owns it (`close()`).
enum CSVByteSource: Sendable {
  /// An open file descriptor and the path it was opened with.
  case file(descriptor: Int32, path: String)
  /// Bytes in memory.
  case memory([UInt8])

  /// Opens `path` for reading.
  static func open(path: String) throws(CSVReadError) -> CSVByteSource {
    #if canImport(Glibc)
      let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    #else
      let descriptor = Darwin.open(path, O_RDONLY | O_CLOEXEC)
    #endif
    guard descriptor >= 0 else { throw .cannotOpen(path: path, errno: errno) }
    return .file(descriptor: descriptor, path: path)
  }

  /// Closes a file source's descriptor.
  func close() {
    guard case .file(let descriptor, _) = self else { return }
    #if canImport(Glibc)
      _ = Glibc.close(descriptor)
    #else
      _ = Darwin.close(descriptor)
    #endif
  }

  /// Reads up to `buffer.count` bytes at absolute offset `offset` into `buffer`; returns how
  /// many were read, 0 at the end of the input.
  func read(into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) throws(CSVReadError)
    -> Int
  {
    switch self {
    case .file(let descriptor, let path):
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
