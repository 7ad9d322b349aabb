/// A way the cycle-length report groups deals.
public enum CycleDimension: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
  /// All deals, one row.
  case overall
  /// The score band of the score the deal had when it was opened.
  case scoreBand = "score_band"
  /// The account's industry.
  case industry
  /// The account's employee-count band (``EmployeeSizeBand``).
  case sizeBand = "size_band"
  /// The deal's lead source.
  case source
  /// The calendar quarter in which the deal was opened.
  case createdQuarter = "created_quarter"

  /// The dimension as text, e.g. `score_band`.
  public var description: String { rawValue }
}

/// One group of the cycle-length report.
public struct CycleLengthRow: Hashable, Sendable {
  /// How the deals are grouped.
  public let dimension: CycleDimension
  /// The group: a band label, an industry, `2025-Q1`, ``MetricsLabel/unknown``, …
  public let key: String
  /// Days from opened to closed of the deals closed won.
  public let won: SummaryStatistics
  /// Days from opened to closed of the deals closed lost.
  public let lost: SummaryStatistics
  /// Deals still open at the as-of date (censored in ``timeToClose``).
  public let open: Int
  /// Kaplan–Meier estimate of the time to close (won or lost), open deals censored at the
  /// as-of date.
  public let timeToClose: KaplanMeier

  /// The Kaplan–Meier median days to close, or `nil` if fewer than half are estimated to
  /// close within the observed time.
  public var medianDaysToClose: Double? { timeToClose.medianTime }
}

/// How long deals take: days from opened to closed, grouped by score band, segment
/// (industry, employee-size band), source and quarter opened, for won and lost deals
/// separately, plus a Kaplan–Meier time-to-close that counts still-open deals as censored
/// instead of ignoring them (Kaplan and Meier 1958), and lead velocity.
///
/// Durations are fractional days between the stored timestamps; a close dated before the
/// opening counts as 0 days, and a closed deal without a close date is left out of the
/// durations (it still counts as closed elsewhere). Quartiles are type 7 (Hyndman and Fan
/// 1996). Rows come dimension by dimension in ``CycleDimension`` order; within a dimension,
/// bands, size bands and quarters in their natural order, text keys alphabetically, with
/// ``MetricsLabel/unknown`` last.
public struct CycleLength: Hashable, Sendable {
  /// The as-of date: later deals are ignored, deals closed later are open.
  public let asOf: Timestamp
  /// The score bands used for ``CycleDimension/scoreBand``.
  public let bands: ScoreBands
  /// The groups; the first row is ``CycleDimension/overall``.
  public let rows: [CycleLengthRow]
  /// Lead velocity through the funnel.
  public let velocity: LeadVelocity

  /// Computes the report.
  ///
  /// - Parameters:
  ///   - opportunities: the deals, with their score at opening.
  ///   - leads: leads with funnel dates, for ``velocity`` (may be empty).
  ///   - bands: the score bands, usually the conversion report's.
  ///   - asOf: the as-of date.
  /// - Complexity: O(n log n) per dimension.
  public init(
    opportunities: [ScoredOpportunity], leads: [ScoredLead] = [], bands: ScoreBands,
    asOf: Timestamp
  ) {
    let opportunities = opportunities.sharingFilter { $0.createdAt <= asOf }
    self.asOf = asOf
    self.bands = bands
    rows = CycleDimension.allCases.flatMap { dimension in
      let groups = Dictionary(grouping: opportunities) {
        CycleLength.group(of: $0, by: dimension, bands: bands)
      }
      return groups.keys.sorted().map { group in
        CycleLength.row(dimension, key: group.label, groups[group, default: []], asOf: asOf)
      }
    }
    velocity = LeadVelocity(leads: leads, opportunities: opportunities, asOf: asOf)
  }

  private static func row(
    _ dimension: CycleDimension, key: String, _ deals: [ScoredOpportunity], asOf: Timestamp
  ) -> CycleLengthRow {
    var won: [Double] = []
    var lost: [Double] = []
    var open = 0
    var observations: [SurvivalObservation] = []
    for deal in deals {
      guard let status = deal.status(asOf: asOf) else { continue }
      if status == .open {
        open += 1
        let age = max(0, asOf.days(since: deal.createdAt))
        observations.append(SurvivalObservation(duration: age, eventObserved: false))
        continue
      }
      guard let days = deal.cycleDays(asOf: asOf) else { continue }
      if status == .won { won.append(days) } else { lost.append(days) }
      observations.append(SurvivalObservation(duration: days, eventObserved: true))
    }
    return CycleLengthRow(
      dimension: dimension, key: key, won: SummaryStatistics(won), lost: SummaryStatistics(lost),
      open: open, timeToClose: KaplanMeier(observations))
  }

  private static func group(
    of deal: ScoredOpportunity, by dimension: CycleDimension, bands: ScoreBands
  ) -> GroupKey {
    switch dimension {
    case .overall:
      return GroupKey(rank: 0, label: MetricsLabel.all)
    case .scoreBand:
      let band = bands.band(for: deal.score)
      return GroupKey(rank: band.index, label: band.label)
    case .industry:
      return GroupKey(text: deal.industry)
    case .sizeBand:
      let size = EmployeeSizeBand(employees: deal.employees)
      return GroupKey(
        rank: EmployeeSizeBand.allCases.firstIndex(of: size) ?? 0,
        label: size == .unknown ? MetricsLabel.unknown : size.rawValue)
    case .source:
      return GroupKey(text: deal.source)
    case .createdQuarter:
      return GroupKey(quarter: CalendarQuarter(deal.createdAt))
    }
  }
}
