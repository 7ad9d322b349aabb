#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command writes text: the process's standard output or error, or a buffer.
///
/// Each `write` goes straight to the destination (no buffering), so write whole lines or
/// larger blocks, not single characters.
///
/// ```swift
/// let buffer = TextBuffer()
/// buffer.sink.write("hello\n")
/// buffer.text  // "hello\n"
/// ```
public struct TextSink: Sendable {
  private let writeText: @Sendable (String) -> Void

  /// Creates a sink that hands every text to `write`.
  public init(_ write: @escaping @Sendable (String) -> Void) {
    writeText = write
  }

  /// Writes the text as is (add `"\n"` yourself).
  public func write(_ text: String) {
    writeText(text)
  }

  /// The process's standard output (file descriptor 1).
  public static let standardOutput = TextSink.fileDescriptor(1)

  /// The process's standard error (file descriptor 2).
  public static let standardError = TextSink.fileDescriptor(2)

  /// A sink writing UTF-8 to an open file descriptor, retrying interrupted and partial
  /// writes. A write that fails otherwise (a closed pipe) is dropped.
  static func fileDescriptor(_ descriptor: Int32) -> TextSink {
    TextSink { text in
      var text = text
      text.withUTF8 { bytes in
        guard var address = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
          let written = systemWrite(descriptor, address, remaining)
          if written < 0 {
            if errno == EINTR { continue }
            return
          }
          address += written
          remaining -= written
        }
      }
    }
  }
}

private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
  #else
    Darwin.write(descriptor, bytes, count)
  #endif
}
