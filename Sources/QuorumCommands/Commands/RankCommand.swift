import Foundation
import QuorumAnalytics
import QuorumReports

/// `quorum rank`: the ABM target-account ranking.
struct RankCommand: QuorumCommand {
  enum Format: String, CaseIterable, ArgumentValue {
    case table
    case csv
    case json
  }

  static let configuration = CommandConfiguration(
    name: "rank", abstract: "Rank target accounts for account-based marketing.",
    discussion: """
      Orders accounts by score (with the calibrated win probability once a calibrated model \
      is active), with tier (1/2/3 by the model's cut-offs), journey stage, committee \
      coverage, the top three reasons, gaps and the next best action.
      """,
    examples: [
      CommandExample("quorum rank --top 50", "The 50 best accounts"),
      CommandExample("quorum rank --tier 1 --format csv > tier1.csv", "Tier 1 as CSV"),
    ])

  static let top = Option<Int?>(
    "top", valueName: "n", default: nil, help: "How many accounts to list (default: all).",
    validate: { ($0 ?? 1) > 0 ? nil : "must be at least 1" })
  static let tier = Option<Int?>(
    "tier", valueName: "t", default: nil, help: "Only accounts of this tier (1, 2 or 3).",
    validate: { (1...3).contains($0 ?? 1) ? nil : "must be 1, 2 or 3" })
  static let format = Option<Format>("format", default: .table, help: "Output format.")

  static var arguments: [any ArgumentSpec] { [top, tier, format] + ScoringOptions.arguments }

  var top: Int?
  var tier: Int?
  var format: Format
  var options: ScoringOptions

  init(arguments: ParsedArguments) throws {
    top = arguments[Self.top]
    tier = arguments[Self.tier]
    format = arguments[Self.format]
    options = ScoringOptions(arguments: arguments)
  }

  func run(context: CommandContext) throws {
    let session = try options.session(context: context)
    let view = try session.view(asOf: options.date)
    let rows: [RankedAccount]
    do {
      rows = try view.ranking(cutoffs: session.model.abmTiers, tier: tier, top: top)
    } catch {
      throw CommandError.usage("\(error)")
    }
    switch format {
    case .table: context.print(RankingOutput.text(rows))
    case .csv: context.standardOutput.write(CSVDocument(RankingOutput.table(rows)).text)
    case .json: context.print(RankingOutput.json(rows))
    }
  }
}
