#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `quorum` command-line tool.
///
/// ```swift
/// // In a test: run in-process and capture the output.
/// let output = TextBuffer(), errors = TextBuffer()
/// let status = Quorum.run(
///   arguments: ["import", "--help"],
///   context: CommandContext(standardOutput: output.sink, standardError: errors.sink))
/// ```
public enum Quorum {
  /// Runs the tool on `arguments` (without the program name) and returns the exit status:
  /// 0 on success, 64 for usage errors, 65 for data errors, 1 for I/O and other failures
  /// (see `ExitCode`).
  public static func run(arguments: [String], context: CommandContext) -> Int32 {
    CommandRunner(root: RootCommand.self).run(arguments, context: context).rawValue
  }

  /// Runs the tool with the process's arguments, environment and streams, and exits with
  /// its status.
  public static func main() -> Never {
    AllocatorTuning.apply()
    exit(run(arguments: Array(CommandLine.arguments.dropFirst()), context: .current()))
  }
}
