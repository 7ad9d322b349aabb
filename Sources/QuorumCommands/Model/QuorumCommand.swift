/// A `quorum` command: its name and help, the arguments it declares, and what it does.
///
/// The runner parses the command line against `arguments`, creates the command with
/// `init(arguments:)` (which may validate across arguments and throw a usage error), then
/// calls `run(context:)`. Declare each command in its own file under `Commands/` and list a
/// top-level one in `CommandRegistry.topLevel`:
///
/// ```swift
/// struct RankCommand: QuorumCommand {
///   static let configuration = CommandConfiguration(
///     name: "rank", abstract: "Rank target accounts for account-based marketing.",
///     examples: [CommandExample("quorum rank --top 50", "The 50 best accounts.")])
///
///   static let top = Option<Int>(
///     "top", valueName: "n", default: 25, help: "How many accounts to list.",
///     validate: { $0 > 0 ? nil : "must be at least 1" })
///   static var arguments: [any ArgumentSpec] {
///     [top, StandardOptions.database, StandardOptions.quiet]
///   }
///
///   var top: Int
///   var database: String
///
///   init(arguments: ParsedArguments) {
///     top = arguments[Self.top]
///     database = arguments[StandardOptions.database]
///   }
///
///   func run(context: CommandContext) throws {
///     context.print("top \(top) from \(context.resolvedPath(database))")
///   }
/// }
/// ```
protocol QuorumCommand: Sendable {
  /// The command's name, help text and subcommands.
  static var configuration: CommandConfiguration { get }

  /// The declared arguments, in the order the usage line shows them. Defaults to none.
  static var arguments: [any ArgumentSpec] { get }

  /// Creates the command from its parsed arguments; throw `CommandError.usage` for an
  /// inconsistent combination (`--from` after `--to`).
  init(arguments: ParsedArguments) throws

  /// Does the command's work, writing through the context. Throw `CommandError` to fail
  /// with a message and an exit status; any other error exits 1 with its description.
  func run(context: CommandContext) throws
}

extension QuorumCommand {
  /// No arguments.
  static var arguments: [any ArgumentSpec] { [] }
}

/// A command that only groups subcommands (`quorum report`, `quorum models`).
///
/// Invoked alone it runs its `defaultSubcommand`, if any; otherwise the top-level command
/// prints its help and a nested group is a usage error naming its subcommands.
///
/// ```swift
/// struct ModelsCommand: CommandGroup {
///   static let configuration = CommandConfiguration(
///     name: "models", abstract: "List, show, export and activate scoring models.",
///     subcommands: [ModelsListCommand.self, ModelsShowCommand.self],
///     defaultSubcommand: ModelsListCommand.self)
/// }
/// ```
protocol CommandGroup: QuorumCommand {
  /// Creates the group (it has no state).
  init()
}

extension CommandGroup {
  /// A group takes no arguments of its own.
  init(arguments: ParsedArguments) {
    self.init()
  }

  /// Groups do no work themselves; the runner never calls this for a well-formed group.
  func run(context: CommandContext) throws {
    throw CommandError.missingSubcommand(Self.configuration.subcommands.map { $0.name })
  }
}

extension QuorumCommand {
  /// The command's name (`import`).
  static var name: String { configuration.name }
}
