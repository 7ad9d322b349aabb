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
  var base = ScorePoints.zero
  var fit = ScorePoints.zero
  var engagement = ScorePoints.zero
  var committee = ScorePoints.zero
  var framework = ScorePoints.zero

  /// The parts of `reasons`.
  init(_ reasons: some Sequence<ReasonCode>) {
    for reason in reasons {
      let name = reason.feature.utf8
      guard let dot = name.firstIndex(of: UInt8(ascii: ".")) else { continue }
      switch Substring(name[..<dot]) {
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
