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
/// - Complexity: the data is indexed once. Each lead scans its own activities once per
///   checked instant (O(n²) for a contact with n activities, typically a few dozen); each
///   deal scans its account's activities once and maps the account's committee once. No
///   lead or deal rescoring touches another account's rows.
public struct PointInTimeScores: Sendable {
  /// The as-of date: contacts and opportunities created later are left out, and stage
  /// histories stop here.
  public let asOf: Timestamp
  /// One per contact created at or before `asOf`, in the data's contact order.
  public let leads: [LeadHistory]
  /// One per opportunity created at or before `asOf` whose account is in the data, in the
  /// data's opportunity order.
  public let deals: [DealAtOpening]

  /// Scores every lead at its creation and every deal at its opening.
  ///
  /// - Parameters:
  ///   - data: the export; `data.activities` must hold the activities.
  ///   - model: the scoring model.
  ///   - asOf: the as-of date.
  ///   - personas: personas by contact id, for counting engaged departments (as the
  ///     scorer does); contacts without one count by their CRM department.
  /// - Throws: ``CommitteeError`` when the model's committee settings are invalid.
  public init(
    data: CRMData, model: ScoringModel, asOf: Timestamp, personas: [String: Persona] = [:]
  ) throws(CommitteeError) {
    let engine = PointInTimeEngine(data: data, model: model, personas: personas)
    var tally = engine.makeTally()
    self.asOf = asOf
    leads = data.contacts.indices.compactMap { engine.lead($0, asOf: asOf, tally: &tally) }
    var deals: [DealAtOpening] = []
    for opportunity in data.opportunities where opportunity.createdAt <= asOf {
      if let deal = try engine.deal(opportunity, tally: &tally) { deals.append(deal) }
    }
    self.deals = deals
  }
}
