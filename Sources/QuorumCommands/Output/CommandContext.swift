import Dispatch
import Foundation

/// Everything a command may touch of the outside world, injected so that tests run
/// commands in-process: output sinks, environment, working directory, terminal state.
///
/// ```swift
/// let output = TextBuffer(), errors = TextBuffer()
/// let context = CommandContext(
///   standardOutput: output.sink, standardError: errors.sink,
///   environment: ["QUORUM_DB": "/tmp/q.db"], workingDirectory: "/tmp")
/// ```
public struct CommandContext: Sendable {
  /// Where results go (tables, CSV, JSON, help).
  public var standardOutput: TextSink
  /// Where errors, warnings and progress go.
  public var standardError: TextSink
  /// The environment variables (`QUORUM_DB`).
  public var environment: [String: String]
  /// The directory relative paths are resolved against.
  public var workingDirectory: String
  /// Whether standard error is a terminal (progress is only shown on one).
  public var standardErrorIsTerminal: Bool
  /// Whether `--quiet` was given: no progress, no informational messages.
  public var quiet: Bool
  /// Monotonic nanoseconds, for rate-limiting progress and timing work.
  public var clock: @Sendable () -> UInt64
  /// Where a command leaves the large values it is done with when the process exits right
  /// after it (see ``keepUntilExit(_:)``); `nil` to free them as usual.
  public var lifetime: ProcessLifetime?

  /// Creates a context; the defaults suit tests (empty environment, not a terminal).
  public init(
    standardOutput: TextSink, standardError: TextSink, environment: [String: String] = [:],
    workingDirectory: String = "/", standardErrorIsTerminal: Bool = false, quiet: Bool = false,
    clock: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds },
    lifetime: ProcessLifetime? = nil
  ) {
    self.standardOutput = standardOutput
    self.standardError = standardError
    self.environment = environment
    self.workingDirectory = workingDirectory
    self.standardErrorIsTerminal = standardErrorIsTerminal
    self.quiet = quiet
    self.clock = clock
    self.lifetime = lifetime
  }

  /// The context of this process: its real output streams, environment and directory.
  public static func current() -> CommandContext {
    CommandContext(
      standardOutput: .standardOutput, standardError: .standardError,
      environment: ProcessInfo.processInfo.environment,
      workingDirectory: FileManager.default.currentDirectoryPath,
      standardErrorIsTerminal: isatty(2) != 0, lifetime: .process)
  }

  /// Hands over `value`, large analysis values the command is done with, to be released by
  /// the process's exit rather than freed one by one (see ``ProcessLifetime``); without a
  /// ``lifetime`` it does nothing and the value is freed as usual. Never hand over a
  /// database connection.
  public func keepUntilExit(_ value: any Sendable) {
    lifetime?.keep(value)
  }

  /// Writes a line to standard output.
  public func print(_ line: String) {
    standardOutput.write(line + "\n")
  }

  /// Writes a line to standard error, even when quiet (use it for warnings).
  public func printError(_ line: String) {
    standardError.write(line + "\n")
  }

  /// Writes an informational line to standard error unless quiet.
  public func note(_ line: String) {
    if !quiet { printError(line) }
  }

  /// Whether progress is shown: standard error is a terminal and not quiet.
  public var showsProgress: Bool { standardErrorIsTerminal && !quiet }

  /// A progress display for one long operation; it writes nothing unless `showsProgress`.
  public func progress(_ label: String, total: Int? = nil) -> ProgressTask {
    ProgressTask(
      label: label, total: total, sink: standardError, isEnabled: showsProgress, clock: clock)
  }

  /// `path` made absolute against the working directory; absolute paths are unchanged and
  /// leading `./` is dropped (`./quorum.db` in `/work` is `/work/quorum.db`). The path is
  /// not otherwise normalised or checked.
  public func resolvedPath(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    var relative = Substring(path)
    while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
    let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
    return base + relative
  }
}
