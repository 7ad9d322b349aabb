import Testing

@testable import QuorumAnalytics

@Suite struct PointInTimeTotalTests {
  /// The models the numbers-only path is checked under: the default rollup; a rollup with a
  /// score floor, unit weights moved and fewer, less diminished contacts; a calibrated card.
  static let models: [ScoringModel] = {
    var floored = ScoringModel.default
    floored.stages.disqualifiedAtOrBelow = 12
    floored.rollup.topContacts = 3
    floored.rollup.diminishingFactor = 0.7
    floored.rollup.fitWeight = 0.85
    floored.rollup.frameworkWeight = 1.3
    floored.rollup.maximumEngagedContacts = 2
    var calibrated = ScoringModel.default
    calibrated.calibration = ScoringModel.Calibration(
      intercept: -1.2,
      coefficients: [
        "fit.industry.core": 0.55, "engagement.meeting": 0.21, "committee.coverage": 0.8,
        "framework.budget": 0.33, "committee.engaged_contacts": 0.07,
      ])
    return [.default, floored, calibrated]
  }()

  /// Cutoffs spread over the sample: just before and at three deal openings.
  static let cutoffs: [TimeCutoff] = {
    let openings = SyntheticSample.merged.opportunities.map(\.createdAt).sorted()
    return [1, 2, 3].flatMap { part -> [TimeCutoff] in
      let date = openings[part * (openings.count - 1) / 3]
      return [.before(date), .atOrBefore(date)]
    }
  }()

  /// Every account of the synthetic sample at six cutoffs under three models: the
  /// numbers-only total and win probability equal the full account score's, and each
  /// contact's rollup engagement is its full score's engagement exactly when the full score
  /// is neither disqualified nor without positive engagement.
  @Test(arguments: models.indices)
  func numbersOnlyTotalsEqualTheFullScores(model: Int) throws {
    let data = SyntheticSample.merged
    let scorer = try PointInTimeScorer(data: data, model: Self.models[model], activities: nil)
    let index = scorer.extractor.index
    let full = ContactScorer(compiled: index.compiled)
    let decay = scorer.decay(FeatureSettings(model: index.compiled.model))
    var tally = scorer.makeTally()
    var counted = (accounts: 0, contacts: 0, floored: 0, disqualified: 0)
    for cutoff in Self.cutoffs {
      let kernel = ScanKernel(model: index.compiled, cutoff: cutoff, decay: decay)
      for position in index.accounts {
        let expected = scorer.score(ofAccount: position, cutoff: cutoff, tally: &tally)
        let actual = scorer.total(ofAccount: position, cutoff: cutoff, tally: &tally)
        #expect(actual.total == expected.total, "\(expected.accountID) at \(cutoff)")
        #expect(actual.winProbability == expected.winProbability)
        if expected.total != .zero { counted.accounts += 1 }
        _ = index.features(
          ofAccount: position, cutoff: cutoff, kernel: kernel, committee: nil, tally: &tally
        ) { contact, tally in
          let score = full.score(contact: contact, in: index, tally: tally, cutoff: cutoff)
          let counts = score.stage != .disqualified && score.engagement > .zero
          #expect(
            full.rollupEngagement(contact: contact, in: index, tally: tally, cutoff: cutoff)
              == (counts ? score.engagement : nil), "\(score.contactID) at \(cutoff)")
          guard score.engagement > .zero else { return }
          counted.contacts += 1
          if score.stage == .disqualified {
            if score.reasons.contains(where: { $0.feature.hasPrefix("disqualifier.") }) {
              counted.disqualified += 1
            } else {
              counted.floored += 1
            }
          }
        }
      }
    }
    // The comparison must reach scored accounts, engaged contacts and, under the floored
    // model, contacts disqualified by the floor despite positive engagement.
    #expect(counted.accounts > 500 && counted.contacts > 500)
    #expect(counted.disqualified > 0)
    if Self.models[model].stages.disqualifiedAtOrBelow != nil { #expect(counted.floored > 0) }
  }

  /// The committee signals read back from a training row are those the row was built with:
  /// the committee's own signals of the deal's account just before the deal opened.
  @Test func committeeSignalsReadFromATrainingRowAreTheRowsOwn() throws {
    let builder = try #require(SampleCalibration.builder)
    let set = builder.build()
    let scorer = builder.scorer
    let slots = scorer.extractor.index.compiled.committeeFeatures
    var engaged = 0
    for (row, deal) in set.deals.enumerated() {
      let position = try #require(scorer.extractor.index.accountPosition[deal.accountID])
      let expected = scorer.committee.signals(ofAccount: position, cutoff: .before(deal.createdAt))
      #expect(CommitteeSignals(features: set.features.row(row), slots: slots) == expected)
      if expected.engagedContacts > 0 && expected.coverage > 0 { engaged += 1 }
    }
    #expect(engaged > 100)
  }

  /// Contacts that share an id count once in a committee, as in the full analysis: the first
  /// visible one, with the role recorded under the id.
  @Test func contactsSharingAnIdCountOnceAsInTheFullAnalysis() throws {
    let day = Timestamp(year: 2025, month: 6, day: 2)
    let contact = { (id: String, title: String, daysBefore: Double) in
      Contact(
        id: id, accountID: "A1", title: title, department: nil,
        createdAt: day.adding(days: -daysBefore))
    }
    let data = CRMData(
      accounts: [Account(id: "A1", name: "Acme")],
      contacts: [
        contact("C1", "Chief Financial Officer", 5), contact("C1", "Software Engineer", 80),
        contact("C2", "IT Manager", 90), contact("C3", "VP Finance", 90),
      ],
      activities: [
        Activity(contactID: "C1", occurredAt: day.adding(days: -3), type: "meeting"),
        Activity(contactID: "C2", occurredAt: day.adding(days: -10), type: "email_reply"),
        Activity(contactID: "C2", occurredAt: day.adding(days: -2), type: "meeting"),
        Activity(contactID: "C3", occurredAt: day.adding(days: -1), type: "page_view"),
      ],
      opportunities: [
        Opportunity(id: "O1", accountID: "A1", createdAt: day.adding(days: -20), status: .open)
      ],
      opportunityContacts: [
        OpportunityContact(opportunityID: "O1", contactID: "C1", role: .user)
      ])
    let scorer = try PointInTimeScorer(data: data, model: .default, activities: nil)
    for asOf in [day.adding(days: -40), day.adding(days: -4), day] {
      let analysis = try CommitteeAnalysis.analyze(
        data: data, asOf: asOf, accountOf: ["C1": "A1", "C2": "A1", "C3": "A1"],
        settings: scorer.committee.settings)
      let expected = analysis["A1"]?.signals ?? .none
      #expect(scorer.committee.signals(ofAccount: 0, cutoff: .atOrBefore(asOf)) == expected)
    }
    let now = scorer.committee.signals(ofAccount: 0, cutoff: .atOrBefore(day))
    #expect(now.engagedContacts == 3)
  }
}
