/// Runs a command tree on a command line: finds the command the leading words name, answers
/// `help`, `-h`/`--help` and `--version`, parses the rest, runs the command, and turns every
/// failure into a message on standard error and an exit status.
///
/// - `quorum` alone prints the top-level help; a nested group named alone runs its default
///   subcommand, or is a usage error listing its subcommands.
/// - `quorum help CMD [SUB…]`, `quorum CMD [SUB…] --help` and `-h` print help on standard
///   output and exit 0; `--help` wins over any other mistake on the line (before `--`).
/// - Usage errors print `error: …`, a blank line, the usage line and a pointer to the
///   command's help, and exit 64; other `CommandError`s print `error: …` and exit with their
///   status; any other error prints `error: <description>` and exits 1.
struct CommandRunner: Sendable {
  /// The top-level command (`quorum`).
  let root: any QuorumCommand.Type

  /// Creates a runner for a command tree.
  init(root: any QuorumCommand.Type) {
    self.root = root
  }

  /// Runs the command line (without the program name) and returns the exit status.
  func run(_ arguments: [String], context: CommandContext) -> ExitCode {
    var stack = [root]
    do {
      switch try resolve(arguments, stack: &stack) {
      case .help(let helpStack):
        context.standardOutput.write(HelpRenderer(stack: helpStack).render())
        return .success
      case .version(let version):
        context.print(version)
        return .success
      case .command(let tokens):
        try execute(stack, tokens: tokens, context: context)
        return .success
      }
    } catch let error as CommandError {
      return report(error, stack: stack, context: context)
    } catch {
      context.printError("error: \(error)")
      return .failure
    }
  }

  /// What the leading words ask for.
  private enum Request {
    /// Print the help of this command stack.
    case help([any QuorumCommand.Type])
    /// Print this version.
    case version(String)
    /// Run the command at the top of the stack with these tokens.
    case command(ArraySlice<String>)
  }

  /// Walks the subcommand words, pushing each command on `stack`.
  private func resolve(
    _ arguments: [String], stack: inout [any QuorumCommand.Type]
  ) throws(CommandError) -> Request {
    var rest = arguments[...]
    while let current = stack.last {
      let configuration = current.configuration
      if configuration.subcommands.isEmpty { break }
      guard let first = rest.first else {
        if let fallback = configuration.defaultSubcommand {
          stack.append(fallback)
          continue
        }
        if stack.count == 1 { return .help(stack) }
        throw CommandError.missingSubcommand(configuration.subcommands.map { $0.name })
      }
      if CommandRunner.isHelpFlag(first) { return .help(stack) }
      if stack.count == 1, first == "help" {
        return .help(try helpStack(for: rest.dropFirst(), stack: &stack))
      }
      if stack.count == 1, first == "--version", let version = configuration.version {
        return .version(version)
      }
      if let subcommand = configuration.subcommand(named: first) {
        stack.append(subcommand)
        rest.removeFirst()
      } else if CommandLineParser.looksLikeOption(first) {
        guard let fallback = configuration.defaultSubcommand else {
          let builtIns = ["--help"] + (configuration.version == nil ? [] : ["--version"])
          throw CommandError.unknownOption(
            first, suggestion: Suggestion.closest(to: first, among: builtIns))
        }
        stack.append(fallback)
      } else {
        let names = configuration.subcommands.map { $0.name } + (stack.count == 1 ? ["help"] : [])
        throw CommandError.unknownCommand(
          first, suggestion: Suggestion.closest(to: first, among: names))
      }
    }
    let options = rest.prefix { $0 != "--" }
    if options.contains(where: CommandRunner.isHelpFlag) { return .help(stack) }
    return .command(rest)
  }

  /// The command stack `quorum help WORD…` names; flags among the words are ignored, and
  /// so is `help` right after `help` (`quorum help help` is the top-level help).
  private func helpStack(
    for words: ArraySlice<String>, stack: inout [any QuorumCommand.Type]
  ) throws(CommandError) -> [any QuorumCommand.Type] {
    var helpStack = stack
    for word in words where !CommandLineParser.looksLikeOption(word) {
      if helpStack.count == 1, word == "help" { continue }
      guard let current = helpStack.last else { break }
      let configuration = current.configuration
      guard let subcommand = configuration.subcommand(named: word) else {
        stack = helpStack
        throw CommandError.unknownCommand(
          word,
          suggestion: Suggestion.closest(
            to: word, among: configuration.subcommands.map { $0.name }))
      }
      helpStack.append(subcommand)
    }
    return helpStack
  }

  /// Parses the tokens for the command on top of the stack, creates and runs it.
  private func execute(
    _ stack: [any QuorumCommand.Type], tokens: ArraySlice<String>, context: CommandContext
  ) throws {
    guard let command = stack.last else { preconditionFailure("empty command stack") }
    let parser = CommandLineParser(
      definitions: command.arguments.map(\.definition), environment: context.environment)
    let arguments = try parser.parse(tokens)
    var context = context
    if arguments.declares(StandardOptions.quiet), arguments[StandardOptions.quiet] {
      context.quiet = true
    }
    try command.init(arguments: arguments).run(context: context)
  }

  /// Prints a command error as its kind requires and returns its exit status.
  private func report(
    _ error: CommandError, stack: [any QuorumCommand.Type], context: CommandContext
  ) -> ExitCode {
    switch error.kind {
    case .silent:
      break
    case .usage:
      context.standardError.write(
        "error: \(error.message)\n\n" + HelpRenderer(stack: stack).errorFooter)
    case .data, .io:
      context.printError("error: \(error.message)")
    }
    return error.exitCode
  }

  /// `-h` or `--help`.
  static func isHelpFlag(_ token: String) -> Bool {
    token == "-h" || token == "--help"
  }
}
