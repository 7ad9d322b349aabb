/// Everything the reports compute from, assembled once: leads and deals with the scores
/// they had when they were created (``PointInTimeScores``), the funnel dates of each lead,
/// each deal's contacts, committee signals and framework completeness, the marketing
/// touches, and the spend inside the window.
///
/// - ``leads`` and ``opportunities`` are those created on a day of the window and by the
///   as-of date; a lead's account is the one the account matcher found; deals of accounts
///   missing from the data have no score and are counted in ``unscoredOpportunities``
///   instead.
/// - ``pipeline`` is every deal opened by the as-of date, whatever the window — an old
///   deal still open is part of today's pipeline — with the committee signals of its
///   account as of the as-of date.
/// - ``spend`` is clipped to the window pro rata by days (``ReportingWindow/clip(_:)``).
///
/// ```swift
/// let view = try QualificationPipeline(model: model).run(data, asOf: asOf)
/// let scores = try PointInTimeScores(data: data, model: model, asOf: asOf)
/// let inputs = ReportInputs(data: data, view: view, model: model, scores: scores,
///                           window: .all)
/// let conversion = try ConversionByScore(opportunities: inputs.opportunities, asOf: asOf)
/// ```
public struct ReportInputs: Sendable {
  /// The as-of date.
  public let asOf: Timestamp
  /// The days the report covers.
  public let window: ReportingWindow
  /// Leads created in the window, scored at creation, with their funnel dates.
  public let leads: [ScoredLead]
  /// Deals opened in the window whose account is known, scored just before opening.
  public let opportunities: [ScoredOpportunity]
  /// Every deal opened by the as-of date (for pipeline health); a deal of an unknown
  /// account has score 0.
  public let pipeline: [ScoredOpportunity]
  /// Ids of the deals opened in the window whose account is not in the data (not scored,
  /// so left out of ``opportunities``), sorted.
  public let unscoredOpportunities: [String]
  /// The campaign-tagged activities in `data.activities` of the leads' contacts, with their
  /// campaigns' channels (none when the activities are streamed instead: see
  /// ``touches(streaming:)``).
  public let touches: [AttributionTouch]
  /// Spend lines inside the window.
  public let spend: [Spend]
  /// Each scored deal's win probability at opening, by opportunity id, when the model is
  /// calibrated.
  public let winProbabilities: [String: Double]
  /// Framework completeness of the deals.
  public let frameworks: FrameworkCoverage

  /// Assembles the inputs.
  ///
  /// - Parameters:
  ///   - data: the export.
  ///   - view: the qualification view as of the as-of date (account matches, committees).
  ///   - model: the scoring model (its framework definitions).
  ///   - scores: the point-in-time scores, computed as of the view's date.
  ///   - window: the days the report covers.
  /// - Precondition: `scores` and `view` have the same as-of date.
  /// - Complexity: O(contacts + opportunities + roles + activities + answers).
  public init(
    data: CRMData, view: QualificationView, model: ScoringModel, scores: PointInTimeScores,
    window: ReportingWindow
  ) {
    self.init(
      data: data, view: view, contactAccounts: Self.contactAccounts(of: view), model: model,
      scores: scores, window: window)
  }

  /// Assembles the inputs with the account each contact was matched to given apart from
  /// the view (``contactAccounts(of:)``), for a caller that has let go of the view's
  /// contact scores; otherwise as ``init(data:view:model:scores:window:)``.
  public init(
    data: CRMData, view: QualificationView, contactAccounts: [String: String],
    model: ScoringModel, scores: PointInTimeScores, window: ReportingWindow
  ) {
    let asOf = view.scoring.asOf
    precondition(scores.asOf == asOf, "point-in-time scores of another date")
    let frameworks = FrameworkCoverage(model: model, answers: data.qualifications, asOf: asOf)
    let leads = Self.leads(
      data: data, accountOf: contactAccounts, scores: scores, window: window)
    let deals = Dictionary(
      scores.deals.map { ($0.opportunityID, $0) }, uniquingKeysWith: { first, _ in first })
    let accounts = Dictionary(
      data.accounts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let contactsOf = Dictionary(grouping: data.opportunityContacts, by: \.opportunityID)
      .mapValues { Array(Set($0.map(\.contactID))).sorted() }
    let all = data.opportunities
    let opened = all.indices.filter { all[$0].createdAt <= asOf }
    let committees = view.committees
    // Each deal's row is its own: built in chunks on all cores, in order.
    let pipeline = ChunkedWork(count: opened.count).flatMap { range in
      range.map { item in
        let opportunity = all[opened[item]]
        return ScoredOpportunity(
          opportunity: opportunity, account: accounts[opportunity.accountID],
          score: deals[opportunity.id]?.score ?? 0,
          contactIDs: contactsOf[opportunity.id, default: []],
          signals: committees[opportunity.accountID]?.signals ?? .none,
          frameworkCompleteness: frameworks.completeness(
            opportunityID: opportunity.id, accountID: opportunity.accountID))
      }
    }
    var opportunities: [ScoredOpportunity] = []
    var unscored: [String] = []
    for (position, scored) in zip(opened, pipeline) where window.contains(all[position].createdAt) {
      let opportunity = all[position]
      if deals[opportunity.id] == nil {
        unscored.append(opportunity.id)
      } else {
        opportunities.append(scored)
      }
    }
    let spend = data.spend.compactMap(window.clip)
    self.asOf = asOf
    self.window = window
    self.leads = leads
    self.opportunities = opportunities
    self.pipeline = pipeline
    unscoredOpportunities = unscored.sorted()
    touches =
      data.activities.isEmpty
      ? [] : Self.touches(of: leads, spend: spend) { visit in data.activities.forEach(visit) }
    self.spend = spend
    winProbabilities = Dictionary(
      scores.deals.compactMap { deal in deal.winProbability.map { (deal.opportunityID, $0) } },
      uniquingKeysWith: { first, _ in first })
    self.frameworks = frameworks
  }

  /// Every deal opened in the window, scored or not (for attribution, which needs no score).
  public var openedInWindow: [ScoredOpportunity] {
    pipeline.filter { window.contains($0.createdAt) }
  }

  /// The scored deals in the window closed by the as-of date that have a win probability
  /// at opening: the forecasts and their outcomes (won = `true`), in deal order — the input
  /// of a reliability diagram.
  public var closedDealForecasts: (probabilities: [Double], won: [Bool]) {
    closedDealForecasts(openedIn: window)
  }

  /// The forecasts and outcomes of the deals opened on the days of `window` (any window,
  /// e.g. a calibration's holdout) and closed by the as-of date.
  public func closedDealForecasts(openedIn window: ReportingWindow) -> (
    probabilities: [Double], won: [Bool]
  ) {
    var probabilities: [Double] = []
    var won: [Bool] = []
    for deal in pipeline where window.contains(deal.createdAt) {
      guard let status = deal.status(asOf: asOf), status != .open,
        let probability = winProbabilities[deal.id]
      else { continue }
      probabilities.append(probability)
      won.append(status == .won)
    }
    return (probabilities, won)
  }

  /// The campaign-tagged activities of the leads' contacts among those `activities` calls
  /// its argument with (once each, in any order, e.g. from a database cursor), with their
  /// campaigns' channels: ``touches`` for activities not held in `data`.
  ///
  /// - Complexity: O(activities streamed); only the touches are held.
  public func touches(streaming activities: (_ visit: (Activity) -> Void) throws -> Void)
    rethrows -> [AttributionTouch]
  {
    try Self.touches(of: leads, spend: spend, streaming: activities)
  }

  private static func touches(
    of leads: [ScoredLead], spend: [Spend],
    streaming activities: (_ visit: (Activity) -> Void) throws -> Void
  ) rethrows -> [AttributionTouch] {
    let leadContacts = Set(leads.map(\.contactID))
    let channels = AttributionTouch.campaignChannels(spend: spend, leads: leads)
    var touches: [AttributionTouch] = []
    try activities { activity in
      guard leadContacts.contains(activity.contactID),
        let touch = AttributionTouch(activity, campaignChannels: channels)
      else { return }
      touches.append(touch)
    }
    return touches
  }

  /// The account each scored contact of `view` was matched to, by contact id (of repeated
  /// ids the first).
  ///
  /// - Complexity: O(contacts).
  public static func contactAccounts(of view: QualificationView) -> [String: String] {
    Dictionary(
      view.scoring.contacts.compactMap { score in score.accountID.map { (score.contactID, $0) } },
      uniquingKeysWith: { first, _ in first })
  }

  private static func leads(
    data: CRMData, accountOf: [String: String], scores: PointInTimeScores,
    window: ReportingWindow
  ) -> [ScoredLead] {
    func lead(_ contact: Contact, _ history: LeadHistory, accountID: String?) -> ScoredLead {
      ScoredLead(
        contactID: contact.id, accountID: accountID, createdAt: contact.createdAt,
        score: history.scoreAtCreation, mqlAt: history.mqlAt, sqlAt: history.sqlAt,
        source: contact.source, campaignID: contact.campaignID)
    }
    if scores.contactIDsAreUnique,
      scores.leadPositions.allSatisfy({ $0 < data.contacts.count }),
      zip(scores.leadPositions, scores.leads).allSatisfy({
        data.contacts[$0].id == $1.contactID
      })
    {
      // Each contact has its own history, in contact order: walk them together. The account
      // lookups (each hashes a contact id) run in chunks on all cores; the leads are built
      // here, in one array of the right size.
      let inWindow = scores.leadPositions.map { window.contains(data.contacts[$0].createdAt) }
      let accountIDs = ChunkedWork(count: scores.leads.count).flatMap { range in
        range.map { item -> String? in
          guard inWindow[item] else { return nil }
          let contact = data.contacts[scores.leadPositions[item]]
          return accountOf[contact.id] ?? contact.accountID
        }
      }
      var leads: [ScoredLead] = []
      leads.reserveCapacity(inWindow.count { $0 })
      for item in scores.leads.indices where inWindow[item] {
        leads.append(
          lead(
            data.contacts[scores.leadPositions[item]], scores.leads[item],
            accountID: accountIDs[item]))
      }
      return leads
    }
    let histories = Dictionary(
      scores.leads.map { ($0.contactID, $0) }, uniquingKeysWith: { first, _ in first })
    var seen = Set<String>()
    return data.contacts.compactMap { contact in
      guard window.contains(contact.createdAt), let history = histories[contact.id],
        seen.insert(contact.id).inserted
      else { return nil }
      return lead(contact, history, accountID: accountOf[contact.id] ?? contact.accountID)
    }
  }
}
