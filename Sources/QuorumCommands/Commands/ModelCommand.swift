import Foundation
import QuorumAnalytics

/// `quorum model`: the scoring-model document.
struct ModelCommand: CommandGroup {
  static let configuration = CommandConfiguration(
    name: "model", abstract: "Show or check a scoring-model document.",
    subcommands: [ModelShowCommand.self], defaultSubcommand: ModelShowCommand.self)
}

/// `quorum model show`: prints the model `quorum score` would use, as JSON.
struct ModelShowCommand: QuorumCommand {
  static let configuration = CommandConfiguration(
    name: "show", abstract: "Print the scoring model in use (or --model FILE, validated) as JSON.",
    discussion: """
      The document is the model: ICP fit rules, points and half-lives per activity type, \
      negative signals and disqualifiers, BANT/CHAMP/MEDDIC/MEDDPICC criteria and k-of-n \
      rules, stage thresholds, the account rollup, committee roles and ABM tiers. Save it, \
      edit it, and pass it back with 'quorum score --model FILE'.
      """,
    examples: [CommandExample("quorum model show > model.json", "Start a custom model")])

  static var arguments: [any ArgumentSpec] { [ModelResolution.option, StandardOptions.database] }

  var modelPath: String?
  var database: String

  init(arguments: ParsedArguments) throws {
    modelPath = arguments[ModelResolution.option]
    database = arguments[StandardOptions.database]
  }

  func run(context: CommandContext) throws {
    let path = context.resolvedPath(database)
    let model: ScoringModel
    if modelPath == nil && !FileManager.default.fileExists(atPath: path) {
      model = .default
    } else {
      model = try ModelResolution.resolve(
        path: modelPath, database: try StoreAccess.open(path), context: context
      ).model
    }
    context.standardOutput.write(String(decoding: model.encoded(), as: UTF8.self) + "\n")
  }
}
