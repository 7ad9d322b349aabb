/// `quorum models activate ID`: makes a stored version the one scoring uses.
struct ModelsActivateCommand: QuorumCommand {
  static let configuration = CommandConfiguration(
    name: "activate",
    abstract: "Make a stored version active (activate an older one to roll back).",
    examples: [CommandExample("quorum models activate 2", "Roll back to version 2")])

  static var arguments: [any ArgumentSpec] { StoredModelSelection.arguments }

  var selection: StoredModelSelection

  init(arguments: ParsedArguments) throws {
    selection = StoredModelSelection(arguments: arguments)
  }

  func run(context: CommandContext) throws {
    let entry = try selection.entry(context: context)
    guard let store = try StoredModels.open(selection.database, context: context) else { return }
    let previous = try StoreAccess.run { try store.active() }
    _ = try StoreAccess.run { try store.activate(id: entry.id) }
    let was =
      previous.map { $0.id == entry.id ? "it was already active" : "was #\($0.id) (\($0.version))" }
      ?? "was the built-in default"
    context.print("model #\(entry.id) (\(entry.version)) is now active; \(was)")
  }
}
