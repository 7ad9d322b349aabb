import Foundation
import QuorumAnalytics
import QuorumReports

/// `target-accounts`: the ABM ranking as of the as-of date — every account in the CSV, the
/// top of the list on the page — with tiers, journey stage, committee coverage, reasons,
/// gaps and next best actions.
enum TargetAccountsReport {
  /// How many accounts the page lists (the CSV has all).
  static let shownOnPage = 50

  static func build(_ analysis: ReportAnalysis) throws -> ReportDocument {
    let rows: [RankedAccount]
    do {
      rows = try analysis.view.ranking(cutoffs: analysis.model.abmTiers)
    } catch {
      throw CommandError.data("scoring model '\(analysis.session.modelOrigin)': \(error)")
    }
    let all = RankingOutput.table(rows)
    let top = pageTables(Array(rows.prefix(shownOnPage)), analysis: analysis, total: rows.count)
    let tiers = analysis.model.abmTiers
    var page = ReportPage(analysis.metadata(.accounts, windowed: false))
    page.addSection("Headline") { section in
      section.figures(
        (1...3).map { tier in
          ReportFigure(
            "Tier \(tier)", .integer(rows.count { $0.tier == tier }), .integer,
            detail: "score ≥ \(ProseNumber.plain(tiers.cutoff(tier)))")
        } + [ReportFigure("Below tier 3", .integer(rows.count { $0.tier == nil }), .integer)])
      section.paragraph(
        "Accounts ordered by score as of the as-of date"
          + (analysis.model.calibration == nil ? "" : " (with the calibrated win probability)")
          + ". Coverage is the share of the required buying-committee roles engaged; gaps are "
          + "the roles still missing; the next best action is the first step to close them.")
    }
    page.addSection("Ranking") { section in
      section.table(top.ranking)
    }
    page.addSection("Reasons") { section in
      section.table(top.reasons)
    }
    page.addSection("Accounts by journey stage and tier") { section in
      section.chart(.bar(journeyChart(rows)))
    }
    return ReportDocument(kind: .accounts, page: page, main: all)
  }

  /// The top of the ranking: who, tier, score, journey, coverage, gaps and next best action
  /// in one table, the reasons — shortened to feature and points, contacts by name — in a
  /// second; the CSV keeps every account and the reasons in full.
  private static func pageTables(
    _ rows: [RankedAccount], analysis: ReportAnalysis, total: Int
  ) -> (ranking: ReportTable, reasons: ReportTable) {
    let calibrated = analysis.model.calibration != nil
    var ranking = ReportTable(
      title: "Top \(rows.count) of \(total) accounts",
      columns: [
        ReportColumn("Rank", .integer), ReportColumn("Account"), ReportColumn("Tier", .integer),
        ReportColumn("Score", .decimal(places: 1)),
      ] + (calibrated ? [ReportColumn("Win probability", .percent(places: 0))] : []) + [
        ReportColumn("Journey"), ReportColumn("Coverage", .percent(places: 0)),
        ReportColumn("Missing roles"), ReportColumn("Next best action"),
      ],
      note: "Every account is in \(ReportKind.accounts.csvFile(suffix: nil)), with its id.")
    for row in rows {
      ranking.append(
        [.integer(row.rank), .text(row.name), .integer(row.tier), .number(row.score)]
          + (calibrated ? [.number(row.winProbability)] : []) + [
            .text(row.journeyStage), .number(row.coverage),
            .text(
              row.gaps.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ")),
            .text(row.nextBestAction?.text),
          ])
    }
    let reasons = Dictionary(
      analysis.view.scoring.accounts.map { ($0.accountID, Array($0.reasons.prefix(3))) },
      uniquingKeysWith: { first, _ in first })
    let names = contactNames(
      analysis.data.contacts,
      ids: Set(rows.flatMap { reasons[$0.accountID, default: []].compactMap(contactID) }))
    var why = ReportTable(
      title: "Why they rank: the three largest contributions to each score",
      columns: [
        ReportColumn("Rank", .integer), ReportColumn("Account"),
        ReportColumn("Top reasons (points)"),
      ],
      note: "contact: that person's decayed engagement (the first counts fully, the next half, "
        + "…); breadth: engaged contacts and departments; committee: economic buyer, champion, "
        + "coverage; fit: firmographic rules. 'quorum explain' shows every point.")
    for row in rows {
      let text = reasons[row.accountID, default: []].map { reason in
        let sign = reason.points.hundredths >= 0 ? "+" : ""
        return "\(label(reason.feature, names: names)) \(sign)\(reason.points)"
      }
      why.append([.integer(row.rank), .text(row.name), .text(text.joined(separator: "; "))])
    }
    return (ranking, why)
  }

  /// `contact.C1` as the contact's name, other features as they are.
  private static func label(_ feature: String, names: [String: String]) -> String {
    guard let id = contactID(feature) else { return feature }
    let name = names[id, default: ""]
    return name.isEmpty ? "contact \(id)" : name
  }

  /// The contact a `contact.C1` reason is about, else `nil`.
  private static func contactID(_ reason: ReasonCode) -> String? { contactID(reason.feature) }

  private static func contactID(_ feature: String) -> String? {
    feature.hasPrefix("contact.") ? String(feature.dropFirst("contact.".count)) : nil
  }

  /// The names (first and last) of the contacts with the given ids; of repeated ids the
  /// first contact counts.
  private static func contactNames(_ contacts: [Contact], ids: Set<String>) -> [String: String] {
    var names: [String: String] = [:]
    guard !ids.isEmpty else { return names }
    for index in contacts.indices where ids.contains(contacts[index].id) {
      let contact = contacts[index]
      guard names[contact.id] == nil else { continue }
      names[contact.id] = [contact.firstName, contact.lastName].compactMap { $0 }.joined(
        separator: " ")
    }
    return names
  }

  private static func journeyChart(_ rows: [RankedAccount]) -> BarChart {
    let stages = JourneyStage.allCases.map(\.rawValue)
    return BarChart(
      title: "Tier 1–3 accounts by buying-journey stage",
      bars: stages.map { stage in
        BarChart.Bar(stage, Double(rows.count { $0.tier != nil && $0.journeyStage == stage }))
      },
      valueKind: .integer, valueAxisLabel: "Accounts", categoryAxisLabel: "Journey stage")
  }
}

extension ScoringModel.TierCutoffs {
  /// The minimum score of tier 1, 2 or 3.
  fileprivate func cutoff(_ tier: Int) -> Double {
    switch tier {
    case 1: tier1
    case 2: tier2
    default: tier3
    }
  }
}
