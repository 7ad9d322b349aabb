/// A command's name, help text and place in the command tree.
///
/// ```swift
/// CommandConfiguration(
///   name: "import", abstract: "Load a CRM export (a folder of CSV files) into the database.",
///   discussion: "Rejected rows are kept in the rejects table and rejects.csv.",
///   examples: [CommandExample("quorum import notebooks-data/sample", "Load the sample.")])
/// ```
struct CommandConfiguration: Sendable {
  /// The word that selects the command (`import`); lower case, no spaces.
  var name: String
  /// One sentence: the command's line in its parent's SUBCOMMANDS list and OVERVIEW.
  var abstract: String
  /// Further paragraphs for OVERVIEW; blank lines separate paragraphs.
  var discussion: String
  /// Shown under EXAMPLES, in order.
  var examples: [CommandExample]
  /// The subcommands, in the order help lists them.
  var subcommands: [any QuorumCommand.Type]
  /// The subcommand that runs when none is named (`quorum models` lists models).
  var defaultSubcommand: (any QuorumCommand.Type)?
  /// The version `--version` prints; only the top-level command sets it.
  var version: String?

  /// Creates a configuration.
  init(
    name: String, abstract: String, discussion: String = "", examples: [CommandExample] = [],
    subcommands: [any QuorumCommand.Type] = [], defaultSubcommand: (any QuorumCommand.Type)? = nil,
    version: String? = nil
  ) {
    precondition(
      defaultSubcommand.map { candidate in
        subcommands.contains { ObjectIdentifier($0) == ObjectIdentifier(candidate) }
      } ?? true, "the default subcommand of '\(name)' must be one of its subcommands")
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.examples = examples
    self.subcommands = subcommands
    self.defaultSubcommand = defaultSubcommand
    self.version = version
  }

  /// The subcommand with this name, if any.
  func subcommand(named name: String) -> (any QuorumCommand.Type)? {
    subcommands.first { $0.configuration.name == name }
  }

  /// Whether `command` is the default subcommand.
  func isDefault(_ command: any QuorumCommand.Type) -> Bool {
    defaultSubcommand.map { ObjectIdentifier($0) == ObjectIdentifier(command) } ?? false
  }
}

/// One example invocation shown under EXAMPLES in help.
struct CommandExample: Hashable, Sendable {
  /// The command line, as typed (`quorum rank --top 50`).
  var command: String
  /// What it does, one sentence (shown as a `#` comment above the command).
  var explanation: String

  /// Creates an example from a command line and what it does.
  init(_ command: String, _ explanation: String) {
    self.command = command
    self.explanation = explanation
  }
}
