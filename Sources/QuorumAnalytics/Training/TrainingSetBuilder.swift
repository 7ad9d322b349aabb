/// Builds the point-in-time calibration training set: for every closed opportunity, the
/// features of its account as of `.before(created_at)` — computed by the scorer's own
/// ``FeatureExtractor`` — and whether it was won.
///
/// Nothing dated at or after a deal's `created_at` reaches its row: activities, answers
/// (an answer on the deal itself becomes visible only once the deal exists), contacts
/// created later, and committee roles recorded on the deal or on any later deal. The
/// committee features come from ``PointInTimeCommittee``, equal to a full committee
/// analysis of the account as of the millisecond before the deal opened.
///
/// Cost: the data is indexed once. Each deal then reads only its account's contacts and
/// their activities — once for the committee signals (shared by deals of one account
/// opened at the same instant) and once per feature setting — so building is
/// O(Σ over deals of the account's activities), linear in the data for the usual handful
/// of deals per account.
///
/// ```swift
/// let builder = try TrainingSetBuilder(data: data, model: model)
/// let set = builder.build(asOf: today)                       // the model's decay
/// let grid = builder.build(asOf: today, halfLives: [7, 14, 30, 60, 90])
/// ```
public struct TrainingSetBuilder: Sendable {
  /// The model whose features are computed.
  public var model: ScoringModel { extractor.model }
  /// Closed opportunities left out because their account is unknown.
  public let unknownAccountDeals: Int

  let scorer: PointInTimeScorer
  private var extractor: FeatureExtractor { scorer.extractor }
  /// Every closed deal of a known account, in time order, with its account's position.
  private let closed: [(deal: TrainingSet.Deal, account: Int)]

  /// Indexes `data` once for `model`.
  ///
  /// - Parameter activities: `data`'s activities already grouped by contact (built for
  ///   `data.contacts`, in order); `nil` to group `data.activities`.
  /// - Throws: ``CommitteeError`` when the model's committee settings are invalid.
  /// - Complexity: O(accounts + contacts + activities + answers + opportunities).
  public init(data: CRMData, model: ScoringModel, activities: ActivityLog? = nil)
    throws(CommitteeError)
  {
    let scorer = try PointInTimeScorer(data: data, model: model, activities: activities)
    self.scorer = scorer
    var closed: [(deal: TrainingSet.Deal, account: Int)] = []
    var unknown = 0
    for opportunity in data.opportunities where opportunity.isClosed {
      guard let closedAt = opportunity.closedAt else { continue }
      guard let position = scorer.extractor.index.accountPosition[opportunity.accountID] else {
        unknown += 1
        continue
      }
      closed.append(
        (
          TrainingSet.Deal(
            opportunityID: opportunity.id, accountID: opportunity.accountID,
            createdAt: opportunity.createdAt, closedAt: closedAt,
            won: opportunity.status == .won), position
        ))
    }
    closed.sort { a, b in
      a.deal.createdAt != b.deal.createdAt
        ? a.deal.createdAt < b.deal.createdAt : a.deal.opportunityID < b.deal.opportunityID
    }
    self.closed = closed
    unknownAccountDeals = unknown
  }

  /// The deals closed at or before `asOf` (every closed deal when `nil`), in time order.
  public func deals(asOf: Timestamp?) -> [TrainingSet.Deal] {
    selected(asOf: asOf).map(\.deal)
  }

  /// The training set of the deals closed at or before `asOf` (all when `nil`), engagement
  /// decayed with `settings` (the model's own when `nil`).
  ///
  /// - Complexity: O(Σ over deals of the account's contacts and activities).
  public func build(asOf: Timestamp? = nil, settings: FeatureSettings? = nil) -> TrainingSet {
    let deals = selected(asOf: asOf)
    return build(deals, signals: signals(of: deals), settings: settings ?? .init(model: model))
  }

  /// One training set per half-life (in that order), each with the global half-life
  /// `halfLife`, no per-type half-lives, and the model's look-back. The committee signals,
  /// which do not depend on decay, are computed once.
  ///
  /// - Precondition: every half-life is positive.
  public func build(asOf: Timestamp? = nil, halfLives: [Double]) -> [TrainingSet] {
    let deals = selected(asOf: asOf)
    let signals = signals(of: deals)
    return halfLives.map { halfLife in
      build(deals, signals: signals, settings: decaySettings(halfLife: halfLife))
    }
  }

  /// The settings of a learned half-life: one global half-life, the model's look-back.
  public func decaySettings(halfLife: Double) -> FeatureSettings {
    FeatureSettings(halfLifeDays: halfLife, lookbackDays: model.engagement.lookbackDays)
  }

  private func selected(asOf: Timestamp?) -> [(deal: TrainingSet.Deal, account: Int)] {
    guard let asOf else { return closed }
    return closed.filter { $0.deal.closedAt <= asOf }
  }

  /// Committee signals per deal, computed once per distinct (account, created_at), the
  /// distinct ones on all cores.
  private func signals(of deals: [(deal: TrainingSet.Deal, account: Int)]) -> [CommitteeSignals] {
    struct Key: Hashable {
      var account: Int
      var createdAt: Timestamp
    }
    var slot: [Key: Int] = [:]
    var keys: [Key] = []
    let slots = deals.map { item in
      let key = Key(account: item.account, createdAt: item.deal.createdAt)
      if let known = slot[key] { return known }
      slot[key] = keys.count
      keys.append(key)
      return keys.count - 1
    }
    let committee = scorer.committee
    let distinctKeys = keys
    let distinct = ChunkedWork(count: keys.count).map(each: { position in
      let key = distinctKeys[position]
      return committee.signals(ofAccount: key.account, cutoff: .before(key.createdAt))
    })
    return slots.map { distinct[$0] }
  }

  private func build(
    _ deals: [(deal: TrainingSet.Deal, account: Int)], signals: [CommitteeSignals],
    settings: FeatureSettings
  ) -> TrainingSet {
    let names = extractor.featureNames
    let scorer = scorer
    let decay = scorer.decay(settings)
    // Rows are independent: extract them in chunks on all cores, concatenated in order.
    let values = ChunkedWork(count: deals.count).flatMap { range in
      var tally = scorer.makeTally()
      var values: [Double] = []
      values.reserveCapacity(range.count * names.count)
      for position in range {
        let item = deals[position]
        let row = scorer.features(
          ofAccount: item.account, cutoff: .before(item.deal.createdAt), decay: decay,
          committee: signals[position], tally: &tally)
        values.append(contentsOf: row.values)
      }
      return values
    }
    return TrainingSet(
      deals: deals.map(\.deal),
      features: DesignMatrix(validatedColumnNames: names, rowCount: deals.count, values: values),
      settings: settings)
  }
}
