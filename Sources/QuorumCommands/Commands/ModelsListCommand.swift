import QuorumStore

/// `quorum models list` (also plain `quorum models`): one line per stored version.
struct ModelsListCommand: QuorumCommand {
  static let configuration = CommandConfiguration(
    name: "list", abstract: "List the stored model versions, the active one marked '*'.")

  static var arguments: [any ArgumentSpec] { [StandardOptions.database] }

  var database: String

  init(arguments: ParsedArguments) throws {
    database = arguments[StandardOptions.database]
  }

  func run(context: CommandContext) throws {
    guard let store = try StoredModels.open(database, context: context) else {
      context.print("no stored models (no database yet); the built-in default model is in use")
      return
    }
    let entries = try StoreAccess.run { try store.all() }
    guard !entries.isEmpty else {
      context.print(
        "no stored models; the built-in default model is in use (run 'quorum calibrate')")
      return
    }
    var table = TextTable(
      columns: [
        "id", "active", "version", "created", "training window", "λ", "half-life", "holdout AUC",
      ], rightAligned: [0, 5, 6, 7])
    for entry in entries {
      table.add([
        "\(entry.id)", entry.isActive ? "*" : "", entry.version, String(entry.createdAt.prefix(10)),
        StoredModels.window(entry), entry.lambda.map(CalibrationReport.number) ?? "-",
        entry.halfLifeDays.map { CalibrationReport.number($0) + " d" } ?? "-",
        StoredModels.holdoutAUC(entry) ?? "-",
      ])
    }
    context.print(table.render())
    if !entries.contains(where: \.isActive) {
      context.print("(none active: the built-in default model is in use)")
    }
  }
}
