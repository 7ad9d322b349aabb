import QuorumAnalytics
import Testing

@Suite struct NextBestActionTests {
  typealias F = CommitteeFixture
  static let asOf = F.day(6, 30)
  static let settings = CommitteeSettings()

  static func member(_ id: String, _ name: String?, _ title: String, _ role: CommitteeRole)
    -> CommitteeMember
  {
    CommitteeMember(
      contactID: id, name: name, title: title, persona: PersonaClassifier().classify(title: title),
      role: role, confidence: 0.7, evidence: "test", source: .inferred)
  }

  static func engaged(_ ids: [String: Int]) -> [String: StakeholderEngagement] {
    ids.reduce(into: [:]) { result, entry in
      result[entry.key] = StakeholderEngagement(
        contactID: entry.key, activitiesInWindow: entry.value, firstEngagedAt: F.day(6, 1),
        lastEngagedAt: F.day(6, 20))
    }
  }

  static func plan(
    _ members: [CommitteeMember], engaged: [String: Int], champions: [ChampionAssessment]
  ) -> [NextBestAction] {
    let coverage = CommitteeCoverage.measure(
      members: members, engagement: Self.engaged(engaged), champions: champions)
    return NextBestActionPlanner.actions(
      members: members, coverage: coverage, champions: champions, asOf: asOf, settings: settings)
  }

  @Test func gapsBecomeOrderedConcreteActions() {
    let members = [
      Self.member("C-2", "Dana Cruz", "CFO", .economicBuyer),
      Self.member("C-1", "Sam Lee", "Operations Analyst", .user),
    ]
    let sam = ChampionAssessment(contactID: "C-1", score: 30, isChampion: false)
    let actions = Self.plan(members, engaged: ["C-1": 5], champions: [sam])
    #expect(
      actions.map(\.code) == [
        .reachEconomicBuyer, .developChampion, .multiThread, .addTechnicalEvaluator,
      ])
    #expect(
      actions.map(\.text) == [
        "no economic buyer engaged — reach Dana Cruz (C-2)",
        "no champion — develop Sam Lee (C-1), the most engaged contact (champion score 30)",
        "single-threaded on Sam Lee (C-1) — multi-thread into finance and IT",
        "no technical evaluator — offer a technical deep-dive to IT and engineering",
      ])
    #expect(actions[0].contactID == "C-2")
    #expect(actions[2].departments == [.finance, .it])
    #expect(actions[3].departments == [.it, .engineering])
  }

  @Test func missingEconomicBuyerWithoutACandidatePointsAtFinanceLeadership() {
    let members = [
      Self.member("C-1", nil, "IT Manager", .technicalEvaluator),
      Self.member("C-3", nil, "Operations Analyst", .user),
    ]
    let actions = Self.plan(members, engaged: ["C-1": 2, "C-3": 2], champions: [])
    let first = actions.first
    #expect(first?.code == .reachEconomicBuyer)
    #expect(first?.text == "no economic buyer engaged — reach finance leadership")
    #expect(first?.departments == [.finance, .executive])
    #expect(first?.contactID == nil)
    #expect(
      actions.dropFirst().map(\.text) == [
        "no champion — invite engaged contacts to a demo or meeting to find one"
      ])
  }

  static let fullCommittee = [
    member("C-2", "Dana Cruz", "CFO", .economicBuyer),
    member("C-5", "Ana Ruiz", "IT Manager", .technicalEvaluator),
    member("C-3", nil, "Operations Analyst", .user),
  ]

  static func champion(lastHighIntent: Timestamp) -> ChampionAssessment {
    ChampionAssessment(
      contactID: "C-5", score: 70, isChampion: true, lastHighIntentAt: lastHighIntent)
  }

  @Test func championWhoHasGoneQuietIsReengaged() {
    let quiet = Self.champion(lastHighIntent: Self.asOf.adding(days: -45))
    let actions = Self.plan(
      Self.fullCommittee, engaged: ["C-2": 2, "C-5": 2, "C-3": 2], champions: [quiet])
    #expect(actions.map(\.code) == [.reengageChampion])
    #expect(actions.first?.text == "champion has gone quiet for 45 days — re-engage Ana Ruiz (C-5)")
    #expect(actions.first?.contactID == "C-5")
  }

  @Test func coveredCommitteeWithAnActiveChampionAdvancesTheDeal() {
    let active = Self.champion(lastHighIntent: Self.asOf.adding(days: -10))
    let actions = Self.plan(
      Self.fullCommittee, engaged: ["C-2": 2, "C-5": 2, "C-3": 2], champions: [active])
    #expect(actions.map(\.code) == [.advanceDeal])
    #expect(
      actions.first?.text == "committee covered — agree a mutual close plan with Ana Ruiz (C-5)")
  }

  @Test func nobodyEngagedStartsWithTheMostSeniorContact() {
    let actions = Self.plan(Self.fullCommittee, engaged: [:], champions: [])
    #expect(actions.map(\.code) == [.startEngagement])
    #expect(
      actions.first?.text
        == "nobody engaged in the last 90 days — start outreach with Dana Cruz (C-2), the most senior contact"
    )
  }

  @Test func noContactsMeansSourcingThem() {
    let actions = Self.plan([], engaged: [:], champions: [])
    #expect(actions.map(\.code) == [.sourceContacts])
    #expect(
      actions.first?.text == "no contacts known — source contacts in finance, IT and operations")
  }

  @Test func engagedBlockerIsAddressed() {
    let members = Self.fullCommittee + [Self.member("C-9", "Bo Park", "VP of People", .blocker)]
    let active = Self.champion(lastHighIntent: Self.asOf.adding(days: -3))
    let actions = Self.plan(
      members, engaged: ["C-2": 2, "C-5": 2, "C-3": 2, "C-9": 1], champions: [active])
    #expect(actions.map(\.code) == [.addressBlocker])
    #expect(actions.first?.text == "blocker Bo Park (C-9) is engaged — address their objections")
  }
}
