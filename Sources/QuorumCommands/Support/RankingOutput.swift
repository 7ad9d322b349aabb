import Foundation
import QuorumAnalytics
import QuorumReports

/// The ABM ranking as a terminal table, a report table (CSV, HTML) and JSON lines.
enum RankingOutput {
  static func table(_ rows: [RankedAccount]) -> ReportTable {
    var table = ReportTable(
      title: "Target accounts",
      columns: [
        ReportColumn("rank", .integer), ReportColumn("account_id"), ReportColumn("account"),
        ReportColumn("tier", .integer), ReportColumn("score", .decimal(places: 2)),
        ReportColumn("win_probability", .percent(places: 1)), ReportColumn("journey_stage"),
        ReportColumn("coverage", .percent(places: 0)), ReportColumn("top_reasons"),
        ReportColumn("gaps"), ReportColumn("next_best_action"),
      ])
    for row in rows {
      table.append([
        .integer(row.rank), .text(row.accountID), .text(row.name), .integer(row.tier),
        .number(row.score), .number(row.winProbability), .text(row.journeyStage),
        .number(row.coverage), .text(row.topReasons.joined(separator: "; ")),
        .text(row.gaps.joined(separator: "; ")), .text(row.nextBestAction?.text),
      ])
    }
    return table
  }

  static func text(_ rows: [RankedAccount]) -> String {
    var table = TextTable(
      columns: [
        "rank", "account", "tier", "score", "win p", "stage", "coverage", "next best action",
      ],
      rightAligned: [0, 2, 3, 4, 6])
    for row in rows {
      table.add([
        "\(row.rank)", "\(row.name) (\(row.accountID))", row.tier.map(String.init) ?? "-",
        String(format: "%.1f", row.score),
        row.winProbability.map { String(format: "%.0f%%", $0 * 100) } ?? "",
        row.journeyStage, row.coverage.map { String(format: "%.0f%%", $0 * 100) } ?? "",
        row.nextBestAction?.text ?? "",
      ])
    }
    return rows.isEmpty ? "no accounts" : table.render()
  }

  /// One JSON array of objects (keys sorted, so the output is deterministic).
  static func json(_ rows: [RankedAccount]) -> String {
    let objects: [[String: Any]] = rows.map { row in
      [
        "rank": row.rank, "account_id": row.accountID, "account": row.name,
        "tier": row.tier as Any? ?? NSNull(), "score": row.score,
        "win_probability": row.winProbability as Any? ?? NSNull(),
        "journey_stage": row.journeyStage, "coverage": row.coverage as Any? ?? NSNull(),
        "top_reasons": row.topReasons, "gaps": row.gaps,
        "next_best_action": row.nextBestAction?.text as Any? ?? NSNull(),
      ]
    }
    let data =
      (try? JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .prettyPrinted]))
      ?? Data("[]".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}
