/// `quorum models show ID`: a stored version's training window, λ, half-life and metrics.
struct ModelsShowCommand: QuorumCommand {
  static let configuration = CommandConfiguration(
    name: "show", abstract: "Show a stored version: training window, λ, half-life, metrics.",
    examples: [CommandExample("quorum models show 3", "Version 3's details and metrics")])

  static var arguments: [any ArgumentSpec] { StoredModelSelection.arguments }

  var selection: StoredModelSelection

  init(arguments: ParsedArguments) throws {
    selection = StoredModelSelection(arguments: arguments)
  }

  func run(context: CommandContext) throws {
    let entry = try selection.entry(context: context)
    var lines = [
      "model #\(entry.id)\(entry.isActive ? " (active)" : ""): \(entry.name) \(entry.version)",
      "created: \(entry.createdAt)",
      "training window: \(StoredModels.window(entry))",
      "λ: \(entry.lambda.map(CalibrationReport.number) ?? "-")",
      "half-life: \(entry.halfLifeDays.map { CalibrationReport.number($0) + " days" } ?? "-")",
    ]
    if let metrics = CalibrationJSON.parse(entry.metrics) {
      lines.append("metrics:")
      lines.append(CalibrationJSON.text(metrics))
    }
    lines.append("document: 'quorum models export \(entry.id)'")
    context.print(lines.joined(separator: "\n"))
  }
}
