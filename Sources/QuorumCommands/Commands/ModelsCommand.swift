/// `quorum models`: the scoring-model versions stored by `quorum calibrate`.
struct ModelsCommand: CommandGroup {
  static let configuration = CommandConfiguration(
    name: "models", abstract: "List, show, export and activate stored model versions.",
    discussion: """
      Every 'quorum calibrate' stores a new version with its training window, λ, half-life, \
      metrics and scoring-model document. The active version is the one 'quorum score', \
      'quorum rank' and the reports use; activating an older version rolls back.
      """,
    examples: [
      CommandExample("quorum models", "List the stored versions"),
      CommandExample("quorum models activate 3", "Use version 3 (or roll back to it)"),
      CommandExample("quorum models export 3 --out model.json", "Save version 3's document"),
    ],
    subcommands: [
      ModelsListCommand.self, ModelsShowCommand.self, ModelsExportCommand.self,
      ModelsActivateCommand.self,
    ],
    defaultSubcommand: ModelsListCommand.self)
}
