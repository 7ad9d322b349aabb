/// A group of a report dimension, ordered by rank and then label.
struct GroupKey: Hashable, Comparable, Sendable {
  let rank: Int
  let label: String

  init(rank: Int, label: String) {
    self.rank = rank
    self.label = label
  }

  /// A free-text group: known values first, alphabetically, then ``MetricsLabel/unknown``.
  init(text: String?) {
    let label = MetricsLabel.orUnknown(text)
    self.init(rank: label == MetricsLabel.unknown ? 1 : 0, label: label)
  }

  /// A quarter group, in chronological order.
  init(quarter: CalendarQuarter) {
    self.init(rank: quarter.year * 4 + quarter.quarter, label: quarter.description)
  }

  static func < (lhs: GroupKey, rhs: GroupKey) -> Bool {
    (lhs.rank, lhs.label) < (rhs.rank, rhs.label)
  }

  /// A campaign group: campaigns alphabetically, then "no campaign".
  init(campaign: String?) {
    guard let campaign, !campaign.allSatisfy(\.isWhitespace) else {
      self.init(rank: 1, label: MetricsLabel.none)
      return
    }
    self.init(rank: 0, label: campaign)
  }
}
