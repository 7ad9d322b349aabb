import Testing

@testable import QuorumAnalytics

@Suite struct PointInTimeCommitteeTests {
  /// Every account's signals at three deal-opening instants of the synthetic sample, against a
  /// full committee analysis of all accounts as of the millisecond before (and as of the
  /// instant itself for `.atOrBefore`), with the extractor's contact matches.
  @Test func equalsAFullCommitteeAnalysisForEveryAccountAtDealOpenings() throws {
    let data = SyntheticSample.merged
    let scorer = try #require(SampleCalibration.builder).scorer
    let matcher = AccountMatcher(accounts: data.accounts)
    var accountOf: [String: String] = [:]
    for contact in data.contacts {
      if let account = matcher.match(contact).accountID { accountOf[contact.id] = account }
    }
    let openings = data.opportunities.map(\.createdAt).sorted()
    try #require(openings.count >= 20)
    let dates = [1, 2, 3].map { openings[$0 * (openings.count - 1) / 3] }
    var compared = 0
    var champions = 0
    var buyers = 0
    var singleThreaded = 0
    for date in dates {
      for (cutoff, asOf) in [
        (TimeCutoff.before(date), Timestamp(millisecondsSince1970: date.millisecondsSince1970 - 1)),
        (TimeCutoff.atOrBefore(date), date),
      ] {
        #expect(asOf.millisecondsSince1970 == cutoff.lastVisibleMillisecond)
        let analysis = try CommitteeAnalysis.analyze(
          data: data, asOf: asOf, accountOf: accountOf, settings: scorer.committee.settings)
        for (position, account) in data.accounts.enumerated() {
          let expected = try #require(analysis[account.id]).signals
          #expect(
            scorer.committee.signals(ofAccount: position, cutoff: cutoff) == expected,
            "\(account.id) at \(cutoff)")
          if expected.engagedContacts > 0 { compared += 1 }
          if expected.championPresent { champions += 1 }
          if expected.economicBuyerEngaged { buyers += 1 }
          if expected.singleThreaded { singleThreaded += 1 }
        }
      }
    }
    // The comparison must exercise every signal, not just quiet accounts.
    #expect(compared > 100 && champions > 10 && buyers > 10 && singleThreaded > 10)
  }

  /// A role recorded on a deal exists only once the deal does: just before it opened the
  /// named champion is not known (nor detected: no activity), at the opening it is.
  @Test func aRoleRecordedOnTheDealIsInvisibleBeforeTheDealOpened() throws {
    let opened = Timestamp(year: 2025, month: 3, day: 1)
    let data = CRMData(
      accounts: [Account(id: "A1", name: "Acme")],
      contacts: [
        Contact(id: "C1", accountID: "A1", title: "Analyst", createdAt: opened.adding(days: -30))
      ],
      opportunities: [
        Opportunity(id: "O1", accountID: "A1", createdAt: opened, status: .open)
      ],
      opportunityContacts: [
        OpportunityContact(opportunityID: "O1", contactID: "C1", role: .champion)
      ])
    let scorer = try PointInTimeScorer(data: data, model: .default, activities: nil)
    #expect(!scorer.committee.signals(ofAccount: 0, cutoff: .before(opened)).championPresent)
    #expect(scorer.committee.signals(ofAccount: 0, cutoff: .atOrBefore(opened)).championPresent)
  }

  /// Calibration scores the active model on the training deals by rebinding the index it
  /// already built: that must equal indexing the data again for the other model.
  @Test func aScorerReboundToAnotherModelScoresLikeOneBuiltForIt() throws {
    let data = SyntheticSample.merged
    let base = try #require(SampleCalibration.builder).scorer
    var other = ScoringModel.default
    other.version = "9.9.9"
    other.engagement.halfLifeDays = 14
    other.engagement.activities["demo_requested"]?.points = 45
    other.committee.engagementWindowDays = 30
    let rebound = try PointInTimeScorer(rebinding: base, to: other)
    let fresh = try PointInTimeScorer(data: data, model: other, activities: nil)
    let cutoff = TimeCutoff.atOrBefore(Timestamp(year: 2026, month: 6, day: 30))
    var tally = fresh.makeTally()
    var compared = 0
    var changed = 0
    for position in fresh.accounts(existingAt: Timestamp(year: 2026, month: 6, day: 30)) {
      let expected = fresh.score(ofAccount: position, cutoff: cutoff, tally: &tally)
      let actual = rebound.score(ofAccount: position, cutoff: cutoff, tally: &tally)
      #expect(actual == expected)
      let before = base.score(ofAccount: position, cutoff: cutoff, tally: &tally)
      compared += 1
      changed += before.total == expected.total ? 0 : 1
    }
    #expect(compared > 100)
    #expect(changed > 10)  // the other model really scores differently
  }
}
