import Foundation
import QuorumAnalytics
import QuorumStore

/// `quorum generate`: writes a realistic synthetic CRM export (the seven contract files).
struct GenerateCommand: QuorumCommand {
  static let configuration = CommandConfiguration(
    name: "generate", abstract: "Write a realistic synthetic CRM export for demos and benchmarks.",
    discussion: """
      Accounts have buying windows in which their people show high-intent behaviour; deals \
      open in them and are won or lost by a documented logistic model of the signals present \
      before they opened (see notebooks-data/README.md). The same seed gives the same bytes. \
      About 200 activities and 10 contacts per account.
      """,
    examples: [
      CommandExample(
        "quorum generate --accounts 300 --seed 7 --out notebooks-data/sample",
        "The bundled sample"),
      CommandExample(
        "quorum generate --accounts 50000 --out /tmp/big", "About 10 million activities"),
    ])

  static let accounts = Option<Int>(
    "accounts", valueName: "n", default: 300, help: "How many accounts.",
    validate: { $0 > 0 ? nil : "must be at least 1" })
  static let seed = Option<Int>(
    "seed", valueName: "s", default: 1, help: "The random seed.",
    validate: { $0 >= 0 ? nil : "must not be negative" })
  static let out = Option<String>("out", valueName: "dir", help: "The folder to write.")
  static let start = Option<Timestamp?>(
    "start", valueName: "date", default: nil, help: "First day (default: three years before --end)."
  )
  static let end = Option<Timestamp?>(
    "end", valueName: "date", default: nil, help: "Last day (default: 2026-09-30).")

  static var arguments: [any ArgumentSpec] {
    [accounts, seed, out, start, end, StandardOptions.quiet]
  }

  var settings: SyntheticCRMSettings
  var out: String

  init(arguments: ParsedArguments) throws {
    let end = arguments[Self.end]?.civilDate ?? SyntheticCRMSettings.defaultEnd
    settings = SyntheticCRMSettings(
      accounts: arguments[Self.accounts], seed: UInt64(arguments[Self.seed]),
      start: arguments[Self.start]?.civilDate, end: end)
    do {
      settings = try settings.validated()
    } catch {
      throw CommandError.usage(error.description)
    }
    out = arguments[Self.out]
  }

  func run(context: CommandContext) throws {
    let directory = URL(fileURLWithPath: context.resolvedPath(out))
    let summary = try StoreAccess.run {
      try CRMExporter.generate(settings: settings, to: directory)
    }
    var table = TextTable(columns: ["file", "rows"], rightAligned: [1])
    for file in ContractFile.allCases { table.add([file.fileName, "\(summary[file])"]) }
    context.print("wrote \(directory.path) (accounts \(settings.accounts), seed \(settings.seed))")
    context.print(table.render())
  }
}
