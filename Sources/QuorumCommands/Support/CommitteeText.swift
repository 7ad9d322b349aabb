import Foundation
import QuorumAnalytics

/// What `quorum committee` prints.
enum CommitteeText {
  static func render(_ committee: AccountCommittee, name: String?, asOf: Timestamp) -> String {
    let coverage = committee.coverage
    var lines = [
      "\(name ?? committee.accountID) (\(committee.accountID)) — buying committee as of \(asOf.isoDate)",
      "",
    ]
    var members = TextTable(
      columns: [
        "contact", "title", "seniority", "department", "role", "source", "confidence", "engaged",
      ],
      rightAligned: [6])
    for member in committee.members {
      members.add([
        member.contactID, member.title ?? "", member.persona.seniority.rawValue,
        member.persona.department.rawValue, member.role.rawValue, member.source.rawValue,
        String(format: "%.2f", member.confidence),
        committee.isEngaged(member.contactID) ? "yes" : "",
      ])
    }
    lines.append(members.rows.isEmpty ? "no contacts" : members.render())
    lines.append("")
    let champions = committee.champions.filter(\.isChampion)
    if champions.isEmpty {
      lines.append("champion: none detected")
    } else {
      for champion in champions {
        lines.append(
          "champion: \(champion.contactID) (score \(String(format: "%.1f", champion.score))): \(champion.reasons.joined(separator: "; "))"
        )
      }
    }
    lines.append(
      "engaged: \(coverage.engagedContactIDs.count) contacts in \(coverage.engagedDepartments.count) departments (\(coverage.engagedDepartments.map(\.rawValue).sorted().joined(separator: ", ")))"
    )
    lines.append(
      "roles covered: \(list(coverage.coveredRoles)); missing: \(list(coverage.missingRoles)); coverage \(Int((coverage.coverage * 100).rounded()))%"
        + (coverage.singleThreaded ? "; single-threaded" : ""))
    lines.append("")
    lines.append("next best actions:")
    lines.append(
      contentsOf: committee.nextBestActions.enumerated().map {
        "  \($0.offset + 1). \($0.element.text)"
      })
    if committee.nextBestActions.isEmpty { lines.append("  none: the committee is covered") }
    return lines.joined(separator: "\n")
  }

  private static func list(_ roles: [CommitteeRole]) -> String {
    roles.isEmpty ? "none" : roles.map(\.rawValue).joined(separator: ", ")
  }
}
