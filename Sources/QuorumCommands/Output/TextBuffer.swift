import Foundation

/// Text collected in memory, for running commands in-process (tests, embedding).
///
/// ```swift
/// let output = TextBuffer()
/// let status = Quorum.run(
///   arguments: ["--version"],
///   context: CommandContext(standardOutput: output.sink, standardError: TextBuffer().sink))
/// output.text  // "0.1.0\n"
/// ```
///
/// Safe to write from several threads; writes are appended whole, in arrival order.
public final class TextBuffer: @unchecked Sendable {
  // `@unchecked`: `contents` is only touched while holding `lock`.
  private let lock = NSLock()
  private var contents = ""

  /// Creates an empty buffer.
  public init() {}

  /// Everything written so far.
  public var text: String {
    lock.withLock { contents }
  }

  /// A sink that appends to this buffer.
  public var sink: TextSink {
    TextSink { [self] text in
      lock.withLock { contents += text }
    }
  }
}
