/// Why a command could not do its work; decides what is printed and the exit status.
///
/// Throw it from a command's `init(arguments:)` or `run(context:)`:
///
/// ```swift
/// guard from <= to else { throw CommandError.usage("'--from' must not be after '--to'") }
/// throw CommandError.data("activities.csv:12:3: no such calendar date '2024-02-30'")
/// ```
///
/// A usage error prints `error: MESSAGE`, a blank line, the command's usage line and a
/// pointer to its help, and exits 64. Data errors (65) and I/O errors (1) print only
/// `error: MESSAGE`. The message starts with a lower-case letter and has no final period.
struct CommandError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The class of failure, which fixes the exit status.
  enum Kind: Hashable, Sendable {
    /// The command line is wrong (exit 64, usage line shown).
    case usage
    /// The input data is wrong (exit 65).
    case data
    /// A file, directory or database could not be read or written (exit 1).
    case io
    /// Exit with a status without printing anything; the command already explained.
    case silent(ExitCode)
  }

  /// The class of failure.
  var kind: Kind

  /// What went wrong, for the user (printed after `error: `).
  var message: String

  /// Creates an error of a kind with a message.
  init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  /// A wrong command line (exit 64).
  static func usage(_ message: String) -> CommandError { CommandError(.usage, message) }

  /// Wrong input data (exit 65); name the file, line and column in the message.
  static func data(_ message: String) -> CommandError { CommandError(.data, message) }

  /// A failed read or write (exit 1); name the path in the message.
  static func io(_ message: String) -> CommandError { CommandError(.io, message) }

  /// Exit with `exitCode` and print nothing more.
  static func silent(_ exitCode: ExitCode) -> CommandError { CommandError(.silent(exitCode), "") }

  /// The status the process exits with.
  var exitCode: ExitCode {
    switch kind {
    case .usage: .usage
    case .data: .dataError
    case .io: .failure
    case .silent(let code): code
    }
  }

  /// The message.
  var description: String { message }
}
