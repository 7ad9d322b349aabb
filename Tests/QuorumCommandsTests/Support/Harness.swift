import Foundation

@testable import QuorumCommands

/// What one in-process run printed and returned.
struct RunResult {
  var status: ExitCode
  var output: String
  var errors: String
}

/// Runs a command line in-process against a command tree, capturing both streams.
func run(
  _ arguments: [String], root: any QuorumCommand.Type = TestRoot.self,
  environment: [String: String] = [:], workingDirectory: String = "/work",
  terminal: Bool = false
) -> RunResult {
  let output = TextBuffer()
  let errors = TextBuffer()
  let context = CommandContext(
    standardOutput: output.sink, standardError: errors.sink, environment: environment,
    workingDirectory: workingDirectory, standardErrorIsTerminal: terminal,
    clock: { 0 })
  let status = CommandRunner(root: root).run(arguments, context: context)
  return RunResult(status: status, output: output.text, errors: errors.text)
}

/// Parses tokens against one command's declarations.
func parse(
  _ tokens: [String], for command: any QuorumCommand.Type = EchoCommand.self,
  environment: [String: String] = [:]
) throws(CommandError) -> ParsedArguments {
  try CommandLineParser(
    definitions: command.arguments.map(\.definition), environment: environment
  ).parse(tokens)
}

/// The usage error message parsing the tokens produces, or `nil` if they parse.
func parseError(
  _ tokens: [String], for command: any QuorumCommand.Type = EchoCommand.self,
  environment: [String: String] = [:]
) -> String? {
  do {
    _ = try parse(tokens, for: command, environment: environment)
    return nil
  } catch {
    return error.kind == .usage ? error.message : "not a usage error: \(error.message)"
  }
}

/// A clock that only moves when told to.
final class ManualClock: @unchecked Sendable {
  // `@unchecked`: `now` is only touched while holding `lock`.
  private let lock = NSLock()
  private var now: UInt64 = 0

  /// Moves the clock forward.
  func advance(nanoseconds: UInt64) {
    lock.withLock { now += nanoseconds }
  }

  /// The clock as a closure for `ProgressTask` and `CommandContext`.
  var reading: @Sendable () -> UInt64 {
    { [self] in lock.withLock { now } }
  }
}
