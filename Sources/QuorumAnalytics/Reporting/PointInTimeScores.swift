/// The scores leads and deals had when they were created — what the conversion and cycle
/// reports band by — recomputed with the scorer's own code at each creation instant,
/// never today's scores.
///
/// - A lead's score is its contact score as of its `created_at` (rows at or before that
///   instant): fit of its account, decayed engagement and its own framework answers, as
///   ``ContactScorer`` computes them.
/// - A deal's score is its account score from the rows strictly before the opportunity's
///   `created_at` (``TimeCutoff/before(_:)``, the cutoff calibration trains on), as
///   ``Scorer`` computes it: the account's contacts scored at that cutoff, rolled up (or the
///   calibrated scorecard), with the buying-committee signals the committee analysis gives
///   at that instant.
/// - A lead's stage history: its stage is evaluated at its creation and then at every later
///   instant something could raise it — an activity of a type with positive points or
///   stage evidence, or one of its framework answers — up to the as-of date; the first
///   instant at MQL or beyond (MQL, PQL or SQL) is ``LeadHistory/mqlAt`` and the first at
///   SQL is ``LeadHistory/sqlAt``. (A stage reached only because a negative signal decayed
///   between two such instants is seen at the next one.)
///
/// Contacts are matched to accounts once, against every account (as ``FeatureExtractor``
/// does), and an account's firmographics count from the start: the CRM record's own
/// `created_at` does not switch fit points on later.
///
/// ```swift
/// let scores = PointInTimeScores(data: data, model: .default, asOf: asOf)
/// scores.leads.first?.scoreAtCreation
/// scores.deals.first?.score
/// ```
///
/// - Complexity: the data is indexed once. Each lead's stage history is one pass over its
///   own activities in time order (``LeadHistoryScanner``: each checked instant sums the
///   events in its look-back window); each deal scans its account's activities once and
///   maps the account's committee once (``PointInTimeScorer``). No lead or deal rescoring
///   touches another account's rows, and leads and deals are spread over every core (the
///   results do not depend on it).
public struct PointInTimeScores: Sendable {
  /// The as-of date: contacts and opportunities created later are left out, and stage
  /// histories stop here.
  public let asOf: Timestamp
  /// One per contact created at or before `asOf`, in the data's contact order.
  public let leads: [LeadHistory]
  /// One per opportunity created at or before `asOf` whose account is in the data, in the
  /// data's opportunity order.
  public let deals: [DealAtOpening]
  /// For each lead, the position of its contact in the data's contacts.
  let leadPositions: [Int]
  /// Whether no two of the data's contacts share an id (then each lead is its own
  /// contact's, found by position).
  let contactIDsAreUnique: Bool

  /// Scores every lead at its creation and every deal at its opening.
  ///
  /// - Parameters:
  ///   - data: the export.
  ///   - model: the scoring model.
  ///   - asOf: the as-of date.
  ///   - activities: `data`'s activities already grouped by contact (built for
  ///     `data.contacts`, in order), e.g. streamed from a database; `nil` to group
  ///     `data.activities`.
  /// - Throws: ``CommitteeError`` when the model's committee settings are invalid.
  public init(
    data: CRMData, model: ScoringModel, asOf: Timestamp, activities: ActivityLog? = nil
  ) throws(CommitteeError) {
    try self.init(
      scorer: PointInTimeScorer(data: data, model: model, activities: activities), asOf: asOf)
  }

  /// The scores computed by `scorer` (over its index of the data).
  init(scorer: PointInTimeScorer, asOf: Timestamp) {
    let index = scorer.extractor.index
    let data = index.data
    let scanner = LeadHistoryScanner(index: index)
    self.asOf = asOf
    let histories = ChunkedWork(count: data.contacts.count, chunks: 64).flatMap { range in
      var scratch = scanner.makeScratch()
      return range.compactMap { position in
        scanner.history(of: position, asOf: asOf, scratch: &scratch).map { (position, $0) }
      }
    }
    leads = histories.map(\.1)
    leadPositions = histories.map(\.0)
    contactIDsAreUnique = index.log.contactIndex.count == data.contacts.count
    let all = data.opportunities
    let opened = all.indices.filter { all[$0].createdAt <= asOf }
    deals = ChunkedWork(count: opened.count, chunks: 64).flatMap { range in
      var tally = scorer.makeTally()
      return range.compactMap { item -> DealAtOpening? in
        let opportunity = all[opened[item]]
        guard let position = index.accountPosition[opportunity.accountID] else { return nil }
        let score = scorer.total(
          ofAccount: position, cutoff: .before(opportunity.createdAt), tally: &tally)
        return DealAtOpening(
          opportunityID: opportunity.id, accountID: opportunity.accountID,
          score: score.total.value, winProbability: score.winProbability)
      }
    }
  }
}
