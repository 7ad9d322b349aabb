/// The calibration training set: one row per closed (won or lost) opportunity, its account's
/// features as of the instant before the deal opened, and the outcome.
///
/// Rows are ordered by `created_at`, ties by opportunity id, so row order is time order
/// (what ``TimeOrderedCrossValidation`` and ``OutOfTimeSplit`` expect) and deterministic.
/// Built by ``TrainingSetBuilder``.
///
/// ```swift
/// let set = TrainingSetBuilder(data: data, model: .default).build(asOf: today)
/// set.features.columnNames  // the model's feature names, sorted
/// set.labels                // true = won
/// ```
public struct TrainingSet: Hashable, Sendable {
  /// One closed deal.
  public struct Deal: Hashable, Sendable {
    /// The opportunity.
    public var opportunityID: String
    /// Its account.
    public var accountID: String
    /// When it opened: its features use only rows strictly before this instant.
    public var createdAt: Timestamp
    /// When it closed.
    public var closedAt: Timestamp
    /// Whether it was won.
    public var won: Bool

    /// Creates a deal row.
    public init(
      opportunityID: String, accountID: String, createdAt: Timestamp, closedAt: Timestamp,
      won: Bool
    ) {
      self.opportunityID = opportunityID
      self.accountID = accountID
      self.createdAt = createdAt
      self.closedAt = closedAt
      self.won = won
    }
  }

  /// The deals, in row order (by `created_at`, then opportunity id).
  public let deals: [Deal]
  /// The design matrix: one row per deal, one column per feature of the model.
  public let features: DesignMatrix
  /// The decay settings the engagement features were computed with.
  public let settings: FeatureSettings

  /// Creates a training set.
  ///
  /// - Precondition: one matrix row per deal, deals in time order.
  public init(deals: [Deal], features: DesignMatrix, settings: FeatureSettings) {
    precondition(deals.count == features.rowCount, "one feature row per deal")
    self.deals = deals
    self.features = features
    self.settings = settings
  }

  /// The outcomes, in row order (true = won).
  public var labels: [Bool] { deals.map(\.won) }

  /// The creation times, in row order.
  public var createdAt: [Timestamp] { deals.map(\.createdAt) }

  /// Won deals.
  public var wonCount: Int { deals.count(where: \.won) }

  /// Lost deals.
  public var lostCount: Int { deals.count - wonCount }
}
