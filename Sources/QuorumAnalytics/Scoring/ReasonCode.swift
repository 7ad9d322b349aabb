/// One line of a score's explanation: which feature, its value, and the points it earned.
///
/// A contact's or an account's reasons sum exactly to its total (see ``ScorePoints``).
/// Feature names are stable strings such as `fit.industry.core`,
/// `engagement.pricing_page_view`, `framework.budget`, `disqualifier.no_purchase_24_months`,
/// `contact.C123`, `committee.economic_buyer`.
public struct ReasonCode: Hashable, Sendable {
  /// The feature, e.g. `engagement.whitepaper_download`.
  public var feature: String
  /// The feature's value, e.g. the decayed event count, 1 for a matched rule, or the
  /// criterion value (met 1, partial 0.5, unmet −1).
  public var value: Double
  /// The points the feature earned, rounded to 0.01.
  public var points: ScorePoints
  /// What earned the points, as data; ``detail`` renders it.
  public var evidence: Evidence

  /// What earned a reason's points: free text, the events of one activity type, or a
  /// contact's rank in its account's rollup (the last two kept as numbers, so half a
  /// million contacts' and their accounts' reasons cost no strings until someone reads
  /// them).
  public enum Evidence: Hashable, Sendable {
    /// An explanation written out, e.g. `latest answer: met`.
    case text(String)
    /// `count` events of one type whose decayed weight `weight` earned `perEvent` points
    /// each, limited to ± `cap` when the cap bound (`nil` otherwise).
    case events(count: Int, weight: ScorePoints, perEvent: ScorePoints, cap: ScorePoints?)
    /// A contact's place in its account's rollup: the `position`-th of the top contacts
    /// (from 1), whose `engagement` counts `factor` times (the diminishing factor to the
    /// power `position` − 1).
    case rank(position: Int, engagement: ScorePoints, factor: Double)

    /// The evidence for people: the text, `2 events, weight 0.79 × 5.00, capped at 10.00`,
    /// or `rank 2: engagement 4.44 × 0.5`.
    public var text: String {
      switch self {
      case .text(let text): return text
      case .events(let count, let weight, let perEvent, let cap):
        let events = count == 1 ? "1 event" : "\(count) events"
        let capped = cap.map { ", capped at \($0)" } ?? ""
        return "\(events), weight \(weight) × \(perEvent)" + capped
      case .rank(let rank, let engagement, let factor):
        return "rank \(rank): engagement \(engagement) × \(factor.formatted4)"
      }
    }
  }

  /// A short human-readable explanation, e.g. `2 events, weight 1.50 × 5.00`.
  public var detail: String { evidence.text }

  /// Creates a reason code.
  public init(feature: String, value: Double, points: ScorePoints, evidence: Evidence) {
    self.feature = feature
    self.value = value
    self.points = points
    self.evidence = evidence
  }

  /// Creates a reason code explained by `detail`.
  public init(feature: String, value: Double, points: ScorePoints, detail: String) {
    self.init(feature: feature, value: value, points: points, evidence: .text(detail))
  }

  /// Creates a reason code, rounding `points` to the nearest 0.01.
  public init(feature: String, value: Double, rounding points: Double, detail: String) {
    self.init(feature: feature, value: value, points: ScorePoints(rounding: points), detail: detail)
  }

  /// The reason in one line for people: `engagement.demo_requested +20.00 (1 event × 20)`.
  public var summary: String {
    let sign = points.hundredths >= 0 ? "+" : ""
    return "\(feature) \(sign)\(points)" + (detail.isEmpty ? "" : " (\(detail))")
  }

  /// Orders reasons largest first, as `quorum explain` prints them: by descending points,
  /// then by feature name.
  public static func largestFirst(_ lhs: ReasonCode, _ rhs: ReasonCode) -> Bool {
    if lhs.points != rhs.points { return lhs.points > rhs.points }
    return lhs.feature < rhs.feature
  }
}

extension Array<ReasonCode> {
  /// Sorts the reasons largest first (``ReasonCode/largestFirst(_:_:)``), in the order
  /// `sort(by: ReasonCode.largestFirst)` gives, moving each reason rather than copying it
  /// (a copy retains and releases its two strings; half a million contacts' reasons are
  /// sorted per snapshot). Up to ``insertionLimit`` reasons (a contact's dozen) are sorted
  /// by insertion in place; more, by sorting their positions, then moving each reason once.
  /// Equal reasons keep their order, as `sort` keeps them.
  ///
  /// - Complexity: O(n log n) comparisons, O(n) moves; up to ``insertionLimit`` reasons,
  ///   O(n²) comparisons and moves of no allocation.
  mutating func sortLargestFirst() {
    guard count > 1 else { return }
    guard count <= Self.insertionLimit else {
      permute(to: indices.sorted { ReasonCode.largestFirst(self[$0], self[$1]) })
      return
    }
    withUnsafeMutableBufferPointer { reasons in
      guard let first = reasons.baseAddress else { return }
      for next in 1..<reasons.count {
        var slot = next
        while slot > 0 && ReasonCode.largestFirst(reasons[next], reasons[slot - 1]) { slot -= 1 }
        guard slot < next else { continue }
        let moving = (first + next).move()
        (first + slot + 1).moveInitialize(from: first + slot, count: next - slot)
        (first + slot).initialize(to: moving)
      }
    }
  }

  /// The most reasons ``sortLargestFirst()`` sorts by insertion.
  static var insertionLimit: Int { 16 }
}

extension Sequence<ReasonCode> {
  /// The exact sum of the reasons' points.
  public var totalPoints: ScorePoints { reduce(.zero) { $0 + $1.points } }
}
