import Testing

@testable import QuorumAnalytics

@Suite struct LeadHistoryScannerTests {
  /// The default model, and one whose stages are reached by score — SQL too — with a fast
  /// decay, a score floor and an evidence-only IQL: milestones that the bound on
  /// engagement must not skip.
  static let models: [ScoringModel] = {
    var scored = ScoringModel.default
    scored.engagement.halfLifeDays = 7
    scored.stages.mql = ScoringModel.StageRule(minimumScore: 30, minimumEngagement: 10)
    scored.stages.sql = ScoringModel.StageRule(minimumScore: 55, minimumEngagement: 25)
    scored.stages.iql = ScoringModel.StageRule(evidenceTypes: ["form_fill"])
    scored.stages.disqualifiedAtOrBelow = -3
    return [.default, scored]
  }()

  /// The lead histories of the synthetic sample (every third contact) against the contact
  /// scorer run in full — a fresh scan of all the contact's activities and answers — at its
  /// creation and at every later instant its stage could rise, skipping, once it is MQL,
  /// the instants that cannot make it SQL.
  @Test(arguments: models.indices)
  func equalsTheFullContactScoreAtEveryCheckedInstant(model: Int) throws {
    let data = SyntheticSample.merged
    let asOf = SyntheticSample.settings.asOf
    let model = Self.models[model]
    let index = FeatureExtractor(data: data, model: model).index
    let scorer = ContactScorer(compiled: index.compiled)
    let settings = FeatureSettings(model: model)
    var tally = EngagementTally(slots: index.compiled.slotTypes.count)
    func stage(_ contact: Int, at time: Timestamp) -> (total: Double, stage: ContactStage) {
      let cutoff = TimeCutoff.atOrBefore(time)
      tally.reset()
      tally.scan(
        index.log.range(ofContact: contact), of: index.log, table: index.table,
        kernel: ScanKernel(model: index.compiled, cutoff: cutoff, settings: settings))
      let score = scorer.score(contact: contact, in: index, tally: tally, cutoff: cutoff)
      return (score.total.value, score.stage)
    }
    let positive = model.engagement.activities.filter { $0.value.points > 0 }.map(\.key)
    let rising = Set(
      positive
        + [model.stages.iql, model.stages.mql, model.stages.sql, model.stages.pql].flatMap(
          \.evidenceTypes))
    // SQL by evidence, or by score when the SQL rule has a threshold.
    let reachesSQL = Set(
      model.stages.sql.evidenceTypes + (model.stages.sql.minimumScore != nil ? positive : []))
    let activities = Dictionary(grouping: data.activities, by: \.contactID)
    let answers = Dictionary(
      grouping: data.qualifications.filter { $0.subjectType == .contact }, by: \.subjectID)
    let leads = Dictionary(
      try PointInTimeScores(data: data, model: model, asOf: asOf).leads.map { ($0.contactID, $0) },
      uniquingKeysWith: { first, _ in first })
    var checked = (leads: 0, mqls: 0, sqls: 0)
    for (position, contact) in data.contacts.enumerated()
    where position % 3 == 0 && contact.createdAt <= asOf {
      let lead = try #require(leads[contact.id])
      let created = stage(position, at: contact.createdAt)
      #expect(lead.scoreAtCreation == created.total, "\(contact.id)")
      var instants: [Timestamp: Bool] = [:]  // instant → can reach SQL
      for activity in activities[contact.id, default: []]
      where rising.contains(activity.type) && activity.occurredAt > contact.createdAt
        && activity.occurredAt <= asOf
      {
        instants[activity.occurredAt, default: false] =
          instants[activity.occurredAt, default: false] || reachesSQL.contains(activity.type)
      }
      for answer in answers[contact.id, default: []]
      where answer.assessedAt > contact.createdAt && answer.assessedAt <= asOf {
        instants[answer.assessedAt] = true
      }
      var mqlAt = created.stage.isMQLOrBeyond ? contact.createdAt : nil
      var sqlAt = created.stage == .sql ? contact.createdAt : nil
      for (instant, canReachSQL) in instants.sorted(by: { $0.key < $1.key }) where sqlAt == nil {
        guard mqlAt == nil || canReachSQL else { continue }
        let now = stage(position, at: instant).stage
        if mqlAt == nil, now.isMQLOrBeyond { mqlAt = instant }
        if now == .sql { sqlAt = instant }
      }
      #expect(lead.mqlAt == mqlAt, "\(contact.id)")
      #expect(lead.sqlAt == sqlAt, "\(contact.id)")
      checked.leads += 1
      if mqlAt != nil { checked.mqls += 1 }
      if sqlAt != nil { checked.sqls += 1 }
    }
    // The sample exercises both milestones, reached at creation and later.
    #expect(checked.leads > 500)
    #expect(checked.mqls > 20)
    #expect(checked.sqls > 5)
  }
}
