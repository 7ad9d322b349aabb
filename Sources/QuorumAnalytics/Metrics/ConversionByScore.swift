/// One row of the conversion-by-score report: the funnel of one score band (or of all).
public struct ConversionBandRow: Hashable, Sendable {
  /// The band, or `nil` for the total row.
  public let band: ScoreBand?
  /// Leads created (by the as-of date) with a score in the band.
  public let leads: Int
  /// Of those, leads that became MQL.
  public let mqls: Int
  /// Of those, leads that became SQL.
  public let sqls: Int
  /// Of those, leads linked to an opportunity (see ``ScoredLead`` for the rule).
  public let convertedLeads: Int
  /// Opportunities opened (by the as-of date) with a score in the band.
  public let opportunities: Int
  /// Of those, still open at the as-of date.
  public let open: Int
  /// Of those, closed won.
  public let won: Int
  /// Of those, closed lost.
  public let lost: Int
  /// `convertedLeads / leads`, or `nil` without leads.
  public let leadToOpportunityRate: Double?
  /// `won / (won + lost)` with its 95% Wilson interval, or `nil` without closed deals.
  public let winRate: WilsonInterval?
  /// The band's win rate divided by the overall win rate (1 = average), or `nil` when
  /// either is undefined or the overall win rate is 0.
  public let lift: Double?
}

/// Do higher scores convert better? Leads and opportunities grouped by the score they had
/// when they were created, with the funnel and the win rate of each band.
///
/// Win rates are closed-deal win rates, won / (won + lost), reported with Wilson 95% score
/// intervals (Wilson 1927) so thin bands show their uncertainty. A band whose win rate is
/// lower than that of the nearest lower-scoring band with closed deals is listed in
/// ``nonMonotoneBands``: the score does not rank deals there.
///
/// ```swift
/// let report = try ConversionByScore(
///   leads: leads, opportunities: opportunities, banding: .deciles, asOf: asOf)
/// report.rows.map(\.winRate?.proportion)
/// report.isMonotone
/// ```
///
/// - Complexity: O((L + O) log k) after banding.
public struct ConversionByScore: Hashable, Sendable {
  /// The as-of date: later leads and opportunities are ignored, later closes are open.
  public let asOf: Timestamp
  /// The bands used.
  public let bands: ScoreBands
  /// One row per band, lowest scores first; empty bands included.
  public let rows: [ConversionBandRow]
  /// All bands together.
  public let total: ConversionBandRow
  /// Indices of bands whose win rate is below the previous band with a win rate.
  public let nonMonotoneBands: [Int]

  /// Whether win rates never decrease as scores rise (bands without closed deals skipped).
  public var isMonotone: Bool { nonMonotoneBands.isEmpty }

  /// Computes the report with bands from a rule: quantile bands are cut on the scores of
  /// the leads and opportunities created by `asOf`, together, so each row reads across the
  /// funnel.
  ///
  /// - Throws: ``MetricsError`` for an invalid banding.
  public init(
    leads: [ScoredLead], opportunities: [ScoredOpportunity], banding: ScoreBanding = .deciles,
    asOf: Timestamp
  ) throws {
    let leads = leads.sharingFilter { $0.createdAt <= asOf }
    let opportunities = opportunities.sharingFilter { $0.createdAt <= asOf }
    let bands = try ScoreBands(
      banding, scores: leads.map(\.score) + opportunities.map(\.score))
    self.init(leads: leads, opportunities: opportunities, bands: bands, asOf: asOf)
  }

  /// Computes the report with given bands.
  public init(
    leads: [ScoredLead], opportunities: [ScoredOpportunity], bands: ScoreBands,
    asOf: Timestamp
  ) {
    let leads = leads.sharingFilter { $0.createdAt <= asOf }
    let opportunities = opportunities.sharingFilter { $0.createdAt <= asOf }
    let links = LeadOpportunityLinks(leads: leads, opportunities: opportunities)
    var tallies = Array(repeating: Tally(), count: bands.edges.count + 1)
    for (index, lead) in leads.enumerated() {
      tallies[bands.index(for: lead.score)].add(
        lead, converted: !links.opportunitiesOfLead[index].isEmpty, asOf: asOf)
    }
    for opportunity in opportunities {
      tallies[bands.index(for: opportunity.score)].add(opportunity, asOf: asOf)
    }
    let overall = tallies.reduce(into: Tally()) { $0.merge($1) }
    let overallRate = overall.winRate?.proportion
    self.asOf = asOf
    self.bands = bands
    rows = zip(bands.bands, tallies).map { $1.row(band: $0, overallWinRate: overallRate) }
    total = overall.row(band: nil, overallWinRate: overallRate)
    nonMonotoneBands = ConversionByScore.decreasingBands(rows)
  }

  private static func decreasingBands(_ rows: [ConversionBandRow]) -> [Int] {
    var previous: Double?
    var decreasing: [Int] = []
    for row in rows {
      guard let rate = row.winRate?.proportion, let band = row.band else { continue }
      if let previous, rate < previous { decreasing.append(band.index) }
      previous = rate
    }
    return decreasing
  }
}

/// Counts of one band while the report is built.
private struct Tally: Sendable {
  var leads = 0
  var mqls = 0
  var sqls = 0
  var converted = 0
  var opportunities = 0
  var open = 0
  var won = 0
  var lost = 0

  var winRate: WilsonInterval? { WilsonInterval(successes: won, trials: won + lost) }

  mutating func add(_ lead: ScoredLead, converted isConverted: Bool, asOf: Timestamp) {
    leads += 1
    if lead.isMQL(asOf: asOf) { mqls += 1 }
    if lead.isSQL(asOf: asOf) { sqls += 1 }
    if isConverted { converted += 1 }
  }

  mutating func add(_ opportunity: ScoredOpportunity, asOf: Timestamp) {
    guard let status = opportunity.status(asOf: asOf) else { return }
    opportunities += 1
    switch status {
    case .open: open += 1
    case .won: won += 1
    case .lost: lost += 1
    }
  }

  mutating func merge(_ other: Tally) {
    leads += other.leads
    mqls += other.mqls
    sqls += other.sqls
    converted += other.converted
    opportunities += other.opportunities
    open += other.open
    won += other.won
    lost += other.lost
  }

  func row(band: ScoreBand?, overallWinRate: Double?) -> ConversionBandRow {
    let winRate = winRate
    let lift = winRate.flatMap { rate in
      overallWinRate.flatMap { $0 > 0 ? rate.proportion / $0 : nil }
    }
    return ConversionBandRow(
      band: band, leads: leads, mqls: mqls, sqls: sqls, convertedLeads: converted,
      opportunities: opportunities, open: open, won: won, lost: lost,
      leadToOpportunityRate: leads == 0 ? nil : Double(converted) / Double(leads),
      winRate: winRate, lift: lift)
  }
}
