/// `quorum version`: prints the version, like `quorum --version`.
struct VersionCommand: QuorumCommand {
  /// Name and help.
  static let configuration = CommandConfiguration(
    name: "version", abstract: "Show the version of Quorum.",
    examples: [CommandExample("quorum version", "Prints e.g. 0.1.0")])

  /// Takes no arguments.
  init(arguments: ParsedArguments) {}

  /// Prints `QuorumVersion.current`.
  func run(context: CommandContext) {
    context.print(QuorumVersion.current)
  }
}
