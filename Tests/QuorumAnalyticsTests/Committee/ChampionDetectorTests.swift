import Testing

@testable import QuorumAnalytics

@Suite struct ChampionDetectorTests {
  typealias F = CommitteeFixture
  static let asOf = F.day(6, 30)  // a Monday

  /// Ana (C-A) shows high intent in four distinct weeks, meets us twice, replies twice, and
  /// two colleagues start engaging after her first pricing-page visit on Monday 5 May.
  static let timeline: [Activity] = [
    F.activity("C-A", "pricing_page_view", 5, 5),  // week of 5 May
    F.activity("C-A", "roi_calculator", 5, 13),  // week of 12 May
    F.activity("C-A", "email_reply", 5, 14),  // same week
    F.activity("C-A", "demo_attended", 5, 21),  // week of 19 May
    F.activity("C-A", "meeting", 6, 4),  // week of 2 June
    F.activity("C-A", "email_reply", 6, 5),  // same week
    F.activity("C-A", "email_open", 6, 10),  // neither engagement nor high intent
    F.activity("C-D", "webinar_attended", 4, 1),  // engaged before Ana: not her doing
    F.activity("C-B", "page_view", 5, 20),  // first engagement after Ana's
    F.activity("C-C", "demo_attended", 6, 10),  // first engagement after Ana's
    F.activity("C-E", "email_open", 5, 30),  // an open is not engagement
    F.activity("C-A", "meeting", 7, 2),  // after the as-of date: ignored
  ]

  static func assessments() -> [String: ChampionAssessment] {
    let engagement = StakeholderEngagement.summarize(timeline, asOf: asOf)
    let verdicts = ChampionDetector().assess(
      engagement.values.sorted { $0.contactID < $1.contactID })
    return Dictionary(uniqueKeysWithValues: verdicts.map { ($0.contactID, $0) })
  }

  /// The flags a score snapshot keeps are the assessments' verdicts, a named champion and a
  /// named blocker included; each score equals its components' points added up.
  @Test func championFlagsAreTheAssessmentsVerdicts() throws {
    let engagement = StakeholderEngagement.summarize(Self.timeline, asOf: Self.asOf).values
      .sorted { $0.contactID < $1.contactID }
    func named(_ role: CommitteeRole) -> ExplicitRole {
      ExplicitRole(contactID: "", role: role, opportunityID: "O1", opportunityCreatedAt: Self.asOf)
    }
    // Ana (C-A, first) named a blocker, C-E (last) named champion.
    let explicit = engagement.indices.map { index -> ExplicitRole? in
      index == 0 ? named(.blocker) : index == engagement.count - 1 ? named(.champion) : nil
    }
    let detector = ChampionDetector()
    let assessments = detector.assess(engagement, explicitRolesByPosition: explicit)
    let flags = detector.championFlags(engagement, explicitRolesByPosition: explicit)
    #expect(flags == assessments.map(\.isChampion))
    #expect(flags.first == false && flags.last == true)
    #expect(
      detector.championFlags(engagement, explicitRolesByPosition: explicit.map { _ in nil })
        == detector.assess(engagement).map(\.isChampion))
    #expect(
      detector.championFlags(engagement, explicitRolesByPosition: explicit.map { _ in nil }).first
        == true)
    for assessment in assessments {
      #expect(
        assessment.score
          == detector.score(
            highIntentWeeks: assessment.highIntentWeeks,
            meetingsAndDemos: assessment.meetingsAndDemos, replies: assessment.replies,
            colleaguesEngagedAfter: assessment.colleaguesEngagedAfter))
    }
  }

  @Test func championFoundFromSustainedHighIntentBehaviour() throws {
    let ana = try #require(Self.assessments()["C-A"])
    #expect(ana.highIntentWeeks == 4)
    #expect(ana.meetingsAndDemos == 2)
    #expect(ana.replies == 2)
    #expect(ana.colleaguesEngagedAfter == 2)
    // 35·4/6 + 25·2/3 + 15·2/3 + 25·2/3 = 23.333 + 16.667 + 10 + 16.667 = 66.667
    #expect(abs(ana.score - 66.666_666_666_7) < 1e-6)
    #expect(ana.isChampion)
    #expect(!ana.isExplicit)
    #expect(ana.lastHighIntentAt == F.day(6, 5))
    #expect(ana.daysQuiet(asOf: Self.asOf) == 25)
    #expect(
      ana.reasons == [
        "high-intent activity in 4 distinct weeks", "2 meetings or demos attended",
        "2 colleagues started engaging after them", "2 replies",
      ])
  }

  @Test func aSingleLateDemoIsNotAChampion() throws {
    let verdicts = Self.assessments()
    let late = try #require(verdicts["C-C"])
    // One week, one demo, nobody after: 35·1/6 + 25·1/3 = 5.833 + 8.333 = 14.167.
    #expect(abs(late.score - 14.166_666_666_7) < 1e-6)
    #expect(late.colleaguesEngagedAfter == 0)
    #expect(!late.isChampion)
    #expect(verdicts["C-B"]?.score == 0)
    #expect(verdicts["C-E"]?.isChampion == false)
  }

  @Test func oneBurstOfActivityIsNotSustainedEnough() {
    let burst = StakeholderEngagement(
      contactID: "C-1", activitiesInWindow: 9, firstEngagedAt: F.day(6, 2),
      lastEngagedAt: F.day(6, 4), firstHighIntentAt: F.day(6, 2), lastHighIntentAt: F.day(6, 4),
      highIntentWeeks: 1, meetingsAndDemos: 5, replies: 3)
    let colleagues = (1...3).map {
      StakeholderEngagement(contactID: "C-\($0 + 1)", firstEngagedAt: F.day(6, 10))
    }
    let verdict = ChampionDetector().assess([burst] + colleagues)[0]
    // 35·1/6 + 25 + 15 + 25 = 70.833 ≥ 50, but one week < the two-week minimum.
    #expect(abs(verdict.score - 70.833_333_333_3) < 1e-6)
    #expect(!verdict.isChampion)
  }

  @Test func scoreFormulaCapsEachComponent() {
    let detector = ChampionDetector()
    let worked = detector.score(
      highIntentWeeks: 4, meetingsAndDemos: 2, replies: 1, colleaguesEngagedAfter: 2)
    #expect(abs(worked - (35.0 * 4 / 6 + 25.0 * 2 / 3 + 15.0 / 3 + 25.0 * 2 / 3)) < 1e-9)
    #expect(abs(worked - 61.666_666_666_7) < 1e-6)
    let capped = detector.score(
      highIntentWeeks: 20, meetingsAndDemos: 9, replies: 9, colleaguesEngagedAfter: 9)
    #expect(abs(capped - 100) < 1e-9)
    #expect(
      detector.score(highIntentWeeks: 0, meetingsAndDemos: 0, replies: 0, colleaguesEngagedAfter: 0)
        == 0)
  }

  @Test func explicitChampionCountsAndExplicitBlockerNeverDoes() {
    let quiet = StakeholderEngagement(contactID: "C-1")
    let busy = StakeholderEngagement(
      contactID: "C-2", activitiesInWindow: 20, firstEngagedAt: F.day(1, 6),
      firstHighIntentAt: F.day(1, 6), highIntentWeeks: 8, meetingsAndDemos: 4, replies: 4)
    let roles = [
      "C-1": ExplicitRole(
        contactID: "C-1", role: .champion, opportunityID: "O-1",
        opportunityCreatedAt: F.day(1, 2)),
      "C-2": ExplicitRole(
        contactID: "C-2", role: .blocker, opportunityID: "O-1", opportunityCreatedAt: F.day(1, 2)),
    ]
    let verdicts = ChampionDetector().assess([quiet, busy], explicitRoles: roles)
    #expect(verdicts[0].isChampion && verdicts[0].isExplicit && verdicts[0].score == 0)
    #expect(
      verdicts[0].reasons == ["named champion: role champion on opportunity O-1 created 2025-01-02"]
    )
    #expect(verdicts[0].daysQuiet(asOf: Self.asOf) == nil)
    #expect(verdicts[1].score >= 75 && !verdicts[1].isChampion)
  }

  @Test func behaviourOutsideTheChampionWindowDoesNotCount() {
    var settings = CommitteeSettings()
    settings.champion.windowDays = 30
    let engagement = StakeholderEngagement.summarize(
      Self.timeline, asOf: Self.asOf, settings: settings)
    let ana = engagement["C-A"]
    // Only the 4-5 June meeting and reply fall in [31 May, 30 June].
    #expect(ana?.highIntentWeeks == 1)
    #expect(ana?.meetingsAndDemos == 1)
    #expect(ana?.replies == 1)
    #expect(ana?.firstHighIntentAt == F.day(6, 4))
    #expect(ana?.lastHighIntentAt == F.day(6, 5))
    #expect(ana?.firstEngagedAt == F.day(5, 5))
  }

  @Test func invalidChampionWeightsAreRejected() {
    var settings = ChampionSettings()
    settings.repliesWeight = 30
    #expect(throws: CommitteeError.self) { try settings.validate() }
    settings.repliesWeight = 15
    settings.meetingsCap = 0
    #expect(throws: CommitteeError.self) { try settings.validate() }
  }
}
