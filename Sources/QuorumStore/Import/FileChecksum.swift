import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Streaming file checksums for the `imports` table.
enum FileChecksum {
  /// FNV-1a 64-bit over the file's bytes, as 16 hex digits.
  ///
  /// A change detector, not a cryptographic hash: it tells whether a re-imported file is
  /// byte-identical to the one imported before.
  ///
  /// - Complexity: O(n), reading 1 MiB at a time.
  static func fnv1a64(path: String) throws(ImportError) -> String {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw ImportError.unreadable(path: path, reason: "cannot open") }
    defer { close(descriptor) }
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
    defer { buffer.deallocate() }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    while true {
      let count = read(descriptor, buffer.baseAddress, buffer.count)
      if count < 0 {
        if errno == EINTR { continue }
        throw ImportError.unreadable(path: path, reason: String(cString: strerror(errno)))
      }
      if count == 0 { break }
      for byte in UnsafeRawBufferPointer(rebasing: buffer[..<count]) {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
      }
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}

/// Checksums files on a thread of its own while the import reads them: the hash costs a
/// second pass over every byte, which this overlaps with the import's own work.
final class ChecksumTask: @unchecked Sendable {
  // @unchecked Sendable: `results` is written by the task's thread before it signals
  // `done`, and read only after waiting for it.
  private var results: [Result<String, ImportError>] = []
  private let done = DispatchSemaphore(value: 0)
  private let paths: [String]

  /// Starts checksumming `paths`, in order.
  init(paths: [String]) {
    self.paths = paths
    let thread = Thread { [self] in
      IdlePriority.lowerCurrentThread()
      self.results = self.paths.map { path in
        Result { () throws(ImportError) in try FileChecksum.fnv1a64(path: path) }
      }
      self.done.signal()
    }
    thread.name = "quorum-import-checksum"
    thread.start()
  }

  /// Waits for the checksums, in the order of the paths; throws the first failure.
  func wait() throws -> [String] {
    done.wait()
    done.signal()
    return try results.map { try $0.get() }
  }
}
