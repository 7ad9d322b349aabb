/// A number of open deals and their amount.
public struct PipelineAmount: Hashable, Sendable {
  /// Deals.
  public var count: Int
  /// Sum of their amounts (a missing amount counts as 0).
  public var amount: Double

  /// Creates a total; zero by default.
  public init(count: Int = 0, amount: Double = 0) {
    self.count = count
    self.amount = amount
  }

  mutating func add(_ deal: ScoredOpportunity) {
    count += 1
    amount += deal.amount ?? 0
  }
}

/// The open deals of one CRM stage, by age.
public struct PipelineStageRow: Hashable, Sendable {
  /// The stage name, or ``MetricsLabel/unknown``.
  public let stage: String
  /// One total per ``PipelineAgeBucket``, in bucket order (empty buckets included).
  public let byAge: [PipelineAmount]
  /// All ages.
  public let total: PipelineAmount
}

/// An open deal older than the stale threshold.
public struct StaleDeal: Hashable, Sendable {
  /// The opportunity.
  public let opportunityID: String
  /// The account.
  public let accountID: String
  /// The stage, or ``MetricsLabel/unknown``.
  public let stage: String
  /// The amount, if known.
  public let amount: Double?
  /// Whole days open at the as-of date.
  public let ageDays: Int
}

/// Win rate and cycle length of the deals closed in one quarter.
public struct ClosedQuarterRow: Hashable, Sendable {
  /// The quarter of the close date.
  public let quarter: CalendarQuarter
  /// Deals closed won.
  public let won: Int
  /// Deals closed lost.
  public let lost: Int
  /// won / (won + lost) with its Wilson 95% interval.
  public let winRate: WilsonInterval?
  /// Median days from opened to closed of the won deals.
  public let medianWonCycleDays: Double?
  /// Median days from opened to closed of all deals closed.
  public let medianCycleDays: Double?
}

/// Sales velocity: the expected won amount the open pipeline produces per day.
///
///     velocity = open opportunities × win rate × average won amount ÷ average won cycle
///
/// in currency units per day (multiply by 30 for a month). Win rate, amount and cycle
/// come from the deals closed by the as-of date in the input; restrict the input to a
/// trailing window for a recent figure.
public struct PipelineVelocity: Hashable, Sendable {
  /// Open opportunities at the as-of date.
  public let openOpportunities: Int
  /// Closed-deal win rate, won / (won + lost).
  public let winRate: Double?
  /// Mean amount of the won deals with an amount.
  public let averageWonAmount: Double?
  /// Mean days from opened to closed of the won deals.
  public let averageWonCycleDays: Double?

  /// Creates a velocity from its factors.
  public init(
    openOpportunities: Int, winRate: Double?, averageWonAmount: Double?,
    averageWonCycleDays: Double?
  ) {
    self.openOpportunities = openOpportunities
    self.winRate = winRate
    self.averageWonAmount = averageWonAmount
    self.averageWonCycleDays = averageWonCycleDays
  }

  /// Expected won amount per day, or `nil` when a factor is unknown or the average cycle
  /// is 0.
  public var perDay: Double? {
    guard let winRate, let averageWonAmount, let averageWonCycleDays, averageWonCycleDays > 0
    else { return nil }
    return Double(openOpportunities) * winRate * averageWonAmount / averageWonCycleDays
  }
}

/// A part of the open pipeline: how many deals and how much of the amount.
public struct PipelineShare: Hashable, Sendable {
  /// The deals in the part and their amount.
  public let part: PipelineAmount
  /// The whole open pipeline.
  public let whole: PipelineAmount

  /// Creates a share.
  public init(part: PipelineAmount, whole: PipelineAmount) {
    self.part = part
    self.whole = whole
  }

  /// part.count / whole.count, or `nil` for an empty pipeline.
  public var countShare: Double? {
    whole.count > 0 ? Double(part.count) / Double(whole.count) : nil
  }

  /// part.amount / whole.amount, or `nil` when the pipeline has no amount.
  public var amountShare: Double? { whole.amount > 0 ? part.amount / whole.amount : nil }
}

/// How healthy the pipeline is at the as-of date: open deals by stage and age, stale deals,
/// the win-rate and cycle trend by quarter of close, sales velocity, committee coverage,
/// framework completeness and coverage of a target.
///
/// A deal is open when it was opened by the as-of date and not closed by then. A deal is
/// stale when it has been open longer than the 75th percentile (type 7, Hyndman and Fan
/// 1996) of the won deals' cycle lengths. Win rates carry Wilson 95% intervals (Wilson
/// 1927). Closed deals without a close date count in win rates but not in cycles or the
/// quarter trend.
public struct PipelineHealth: Hashable, Sendable {
  /// The as-of date.
  public let asOf: Timestamp
  /// Open deals by stage (alphabetical, unknown stage last) and age.
  public let byStage: [PipelineStageRow]
  /// Open deals by age, all stages; one per ``PipelineAgeBucket``.
  public let byAge: [PipelineAmount]
  /// All open deals.
  public let open: PipelineAmount
  /// The 75th percentile of won cycle lengths, in days, or `nil` without won deals.
  public let staleThresholdDays: Double?
  /// Open deals older than the threshold, oldest first.
  public let staleDeals: [StaleDeal]
  /// Win rate and cycle by quarter of close, chronological.
  public let byCloseQuarter: [ClosedQuarterRow]
  /// Sales velocity.
  public let velocity: PipelineVelocity
  /// Open deals with a champion.
  public let withChampion: PipelineShare
  /// Open deals with the economic buyer engaged.
  public let withEconomicBuyer: PipelineShare
  /// Mean framework completeness over the open deals that have one, or `nil`.
  public let frameworkCompleteness: Double?
  /// Open deals with a framework completeness.
  public let frameworkAssessed: Int
  /// The target amount, if one was given.
  public let target: Double?

  /// Open amount ÷ target, or `nil` without a target.
  public var coverage: Double? { target.map { open.amount / $0 } }

  /// Measures the pipeline.
  ///
  /// - Parameters:
  ///   - opportunities: every deal known, open and closed.
  ///   - asOf: the as-of date.
  ///   - target: an optional pipeline target amount for ``coverage``.
  /// - Throws: ``MetricsError/invalidTarget(_:)`` unless `target` is positive and finite.
  public init(opportunities: [ScoredOpportunity], asOf: Timestamp, target: Double? = nil) throws {
    if let target, !(target > 0 && target.isFinite) { throw MetricsError.invalidTarget(target) }
    let known = opportunities.filter { $0.createdAt <= asOf }
    let openDeals = known.filter { $0.status(asOf: asOf) == .open }
    let won = known.filter { $0.status(asOf: asOf) == .won }
    let lost = known.filter { $0.status(asOf: asOf) == .lost }
    let wonCycles = Quantiles(won.compactMap { $0.cycleDays(asOf: asOf) })
    let open = openDeals.reduce(into: PipelineAmount()) { $0.add($1) }
    let threshold = wonCycles.value(at: 0.75)
    let assessed = openDeals.compactMap(\.frameworkCompleteness)
    self.asOf = asOf
    byStage = Self.stageRows(openDeals, asOf: asOf)
    byAge = PipelineAgeBucket.allCases.map { bucket in
      openDeals.filter { PipelineAgeBucket(ageDays: $0.ageDays(asOf: asOf)) == bucket }
        .reduce(into: PipelineAmount()) { $0.add($1) }
    }
    self.open = open
    staleThresholdDays = threshold
    staleDeals = threshold.map { Self.staleDeals(openDeals, threshold: $0, asOf: asOf) } ?? []
    byCloseQuarter = Self.quarterRows(won: won, lost: lost, asOf: asOf)
    velocity = PipelineVelocity(
      openOpportunities: openDeals.count,
      winRate: WilsonInterval(successes: won.count, trials: won.count + lost.count)?.proportion,
      averageWonAmount: Quantiles(won.compactMap(\.amount)).mean,
      averageWonCycleDays: wonCycles.mean)
    withChampion = PipelineShare(
      part: openDeals.filter(\.hasChampion).reduce(into: PipelineAmount()) { $0.add($1) },
      whole: open)
    withEconomicBuyer = PipelineShare(
      part: openDeals.filter(\.economicBuyerEngaged).reduce(into: PipelineAmount()) { $0.add($1) },
      whole: open)
    frameworkCompleteness = Quantiles(assessed).mean
    frameworkAssessed = assessed.count
    self.target = target
  }

  private static func stageRows(_ openDeals: [ScoredOpportunity], asOf: Timestamp)
    -> [PipelineStageRow]
  {
    let byStage = Dictionary(grouping: openDeals) { GroupKey(text: $0.stage) }
    return byStage.keys.sorted().map { stage in
      let deals = byStage[stage, default: []]
      var byAge = Array(repeating: PipelineAmount(), count: PipelineAgeBucket.allCases.count)
      var total = PipelineAmount()
      for deal in deals {
        let bucket = PipelineAgeBucket(ageDays: deal.ageDays(asOf: asOf))
        byAge[PipelineAgeBucket.allCases.firstIndex(of: bucket) ?? 0].add(deal)
        total.add(deal)
      }
      return PipelineStageRow(stage: stage.label, byAge: byAge, total: total)
    }
  }

  private static func staleDeals(
    _ openDeals: [ScoredOpportunity], threshold: Double, asOf: Timestamp
  ) -> [StaleDeal] {
    openDeals.filter { asOf.days(since: $0.createdAt) > threshold }
      .sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
      .map {
        StaleDeal(
          opportunityID: $0.id, accountID: $0.accountID, stage: MetricsLabel.orUnknown($0.stage),
          amount: $0.amount, ageDays: $0.ageDays(asOf: asOf))
      }
  }

  private static func quarterRows(
    won: [ScoredOpportunity], lost: [ScoredOpportunity], asOf: Timestamp
  ) -> [ClosedQuarterRow] {
    func byQuarter(_ deals: [ScoredOpportunity]) -> [CalendarQuarter: [Double]] {
      Dictionary(grouping: deals.filter { $0.closedAt != nil }) {
        CalendarQuarter($0.closedAt ?? $0.createdAt)
      }.mapValues { $0.compactMap { $0.cycleDays(asOf: asOf) } }
    }
    let wonCycles = byQuarter(won)
    let lostCycles = byQuarter(lost)
    return Set(wonCycles.keys).union(lostCycles.keys).sorted().map { quarter in
      let wonDays = wonCycles[quarter, default: []]
      let lostDays = lostCycles[quarter, default: []]
      return ClosedQuarterRow(
        quarter: quarter, won: wonDays.count, lost: lostDays.count,
        winRate: WilsonInterval(successes: wonDays.count, trials: wonDays.count + lostDays.count),
        medianWonCycleDays: Quantiles(wonDays).median,
        medianCycleDays: Quantiles(wonDays + lostDays).median)
    }
  }
}
