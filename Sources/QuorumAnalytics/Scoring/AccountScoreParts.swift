/// An account score's points split into the parts ``AccountScore`` reports, by the family
/// of each reason's feature (its name up to the first dot): `calibration` is the base;
/// `fit` the fit; `engagement` and `contact` the engagement; `committee` and `breadth` the
/// committee; `framework` and `disqualifier` the framework. A reason of any other family
/// counts in the total only.
///
/// ```swift
/// let parts = AccountScoreParts(reasons)  // fit.industry.core +10, contact.C1 +4.50
/// parts.fit         // 10.00
/// parts.engagement  // 4.50
/// ```
///
/// - Complexity: O(reasons): each feature's family is read once (50,000 accounts' reasons
///   tested against eight prefixes one by one took 0.16 CPU-seconds of a `quorum score`).
struct AccountScoreParts: Hashable, Sendable {
  /// The calibrated scorecard's base (`calibration.`).
  var base = ScorePoints.zero
  /// Fit (`fit.`).
  var fit = ScorePoints.zero
  /// Engagement (`engagement.`, `contact.`).
  var engagement = ScorePoints.zero
  /// Breadth and committee (`committee.`, `breadth.`).
  var committee = ScorePoints.zero
  /// Account-level framework evidence and disqualifiers (`framework.`, `disqualifier.`).
  var framework = ScorePoints.zero

  /// The parts of `reasons`.
  init(_ reasons: some Sequence<ReasonCode>) {
    for reason in reasons {
      let name = reason.feature.utf8
      guard let dot = name.firstIndex(of: UInt8(ascii: ".")) else { continue }
      let family = Substring(name[..<dot])
      // A name is in a family when it starts with the family and its dot as characters:
      // a combining mark after the dot would join it into another character.
      let next = name.index(after: dot)
      guard next == name.endIndex || name[next] < 0x80 || reason.feature.hasPrefix(family + ".")
      else { continue }
      switch family {
      case "calibration": base += reason.points
      case "fit": fit += reason.points
      case "engagement", "contact": engagement += reason.points
      case "committee", "breadth": committee += reason.points
      case "framework", "disqualifier": framework += reason.points
      default: break
      }
    }
  }
}
