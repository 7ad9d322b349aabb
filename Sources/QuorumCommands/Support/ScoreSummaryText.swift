import QuorumAnalytics

/// The summary `quorum score` prints.
enum ScoreSummaryText {
  static func render(_ view: QualificationView, modelOrigin: String, run: Int64) -> String {
    let scoring = view.scoring
    let summary = scoring.summary
    var lines = [
      "scored as of \(scoring.asOf.iso8601) with model \(scoring.modelName) \(scoring.modelVersion) (\(modelOrigin)); snapshot #\(run)",
      "",
    ]
    var stages = TextTable(columns: ["contact stage", "contacts"], rightAligned: [1])
    for stage in ContactStage.allCases {
      stages.add([stage.rawValue, "\(summary.contactsPerStage[stage] ?? 0)"])
    }
    stages.add(["total", "\(scoring.contacts.count)"])
    lines.append(stages.render())
    lines.append("")
    var journey = TextTable(columns: ["account journey stage", "accounts"], rightAligned: [1])
    for stage in JourneyStage.allCases {
      journey.add([stage.rawValue, "\(summary.accountsPerJourneyStage[stage] ?? 0)"])
    }
    journey.add(["total", "\(scoring.accounts.count)"])
    lines.append(journey.render())
    lines.append("")
    let methods = MatchMethod.allCases.map {
      "\($0.rawValue) \(summary.contactsPerMatchMethod[$0] ?? 0)"
    }
    lines.append(
      "contacts matched to accounts: \(summary.matched) (\(methods.joined(separator: ", ")))")
    lines.append("ambiguous: \(summary.ambiguous), unmatched: \(summary.unmatched) (still scored)")
    if !summary.unmapped.isEmpty {
      let unmapped = summary.unmapped.map { "\($0.type.rawValue) (\($0.count))" }
      lines.append("unmapped activity types (no points): \(unmapped.joined(separator: ", "))")
    }
    return lines.joined(separator: "\n")
  }
}
