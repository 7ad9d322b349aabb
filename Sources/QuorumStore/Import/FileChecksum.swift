import Foundation

/// Streaming file checksums for the `imports` table.
enum FileChecksum {
  /// FNV-1a 64-bit over the file's bytes, as 16 hex digits.
  ///
  /// A change detector, not a cryptographic hash: it tells whether a re-imported file is
  /// byte-identical to the one imported before.
  static func fnv1a64(path: String) throws -> String {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw ImportError.unreadable(path: path, reason: "cannot open")
    }
    defer { try? handle.close() }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    while true {
      let chunk: Data
      do {
        chunk = try handle.read(upToCount: 1 << 20) ?? Data()
      } catch {
        throw ImportError.unreadable(path: path, reason: error.localizedDescription)
      }
      if chunk.isEmpty { break }
      for byte in chunk {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
      }
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
