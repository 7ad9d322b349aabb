import QuorumAnalytics
import Testing

@Suite struct CommitteeAnalysisTests {
  typealias F = CommitteeFixture
  static let asOf = F.day(6, 30)

  /// an engaged CFO and IT manager, a silent operations analyst, a VP of People who
  /// only opened e-mails. A-2: a marketing manager carries everything; the CTO last
  /// engaged 102 days ago. A-3: no contacts. C-99 matched no account.
  static let contacts = [
    F.contact("C-1", "CFO", name: "Dana Cruz"), F.contact("C-2", "IT Manager"),
    F.contact("C-3", "Operations Analyst"), F.contact("C-4", "VP of People"),
    F.contact("C-10", "Marketing Manager", name: "Sam Lee"), F.contact("C-11", "CTO"),
    F.contact("C-99", "CEO"),
  ]
  static let activities = [
    F.activity("C-1", "pricing_page_view", 6, 10),
    F.activity("C-2", "page_view", 6, 1), F.activity("C-2", "whitepaper_download", 6, 2),
    F.activity("C-2", "webinar_attended", 6, 12),
    F.activity("C-4", "email_open", 6, 3), F.activity("C-4", "email_open", 6, 9),
    F.activity("C-10", "page_view", 6, 1), F.activity("C-10", "page_view", 6, 8),
    F.activity("C-10", "content_download", 6, 9), F.activity("C-10", "email_click", 6, 15),
    F.activity("C-10", "webinar_attended", 6, 20),
    F.activity("C-11", "page_view", 3, 20),
    F.activity("C-99", "meeting", 6, 1),
  ]
  static let accountOf = [
    "C-1": "A-1", "C-2": "A-1", "C-3": "A-1", "C-4": "A-1", "C-10": "A-2", "C-11": "A-2",
  ]
  static let data = CRMData(
    accounts: [Account(id: "A-1", name: "Acme"), Account(id: "A-3", name: "Nobody Ltd")],
    contacts: contacts, activities: activities)

  static func analyze(_ settings: CommitteeSettings = CommitteeSettings()) throws
    -> [String: AccountCommittee]
  {
    try CommitteeAnalysis.analyze(data: data, asOf: asOf, accountOf: accountOf, settings: settings)
  }

  @Test func coverageCountsEngagedRolesAndListsTheMissingOnes() throws {
    let acme = try #require(try Self.analyze()["A-1"])
    #expect(acme.coverage.engagedContactIDs == ["C-1", "C-2"])
    #expect(acme.coverage.engagedDepartments == [.finance, .it])
    #expect(acme.coverage.coveredRoles == [.economicBuyer, .technicalEvaluator])
    #expect(acme.coverage.missingRoles == [.champion, .user])
    #expect(abs(acme.coverage.coverage - 0.5) < 1e-9)
    // C-2 holds 3 of the 4 engaging activities: 0.75 < 0.8, so not single-threaded.
    #expect(acme.coverage.leadingContactID == "C-2")
    #expect(abs(acme.coverage.leadingContactShare - 0.75) < 1e-9)
    #expect(
      acme.signals
        == CommitteeSignals(
          engagedContacts: 2, engagedDepartments: 2, economicBuyerEngaged: true,
          championPresent: false, coverage: 0.5, singleThreaded: false))
    #expect(acme.gaps == ["champion", "user"])
    // In CommitteeRole order: economic buyer, …, technical evaluator, influencer, user.
    #expect(acme.members.map(\.contactID) == ["C-1", "C-2", "C-4", "C-3"])
    #expect(acme.members.map(\.role) == [.economicBuyer, .technicalEvaluator, .influencer, .user])
  }

  @Test func singleThreadedAccountIsFlagged() throws {
    let account = try #require(try Self.analyze()["A-2"])
    #expect(account.coverage.engagedContactIDs == ["C-10"])
    #expect(account.coverage.singleThreaded)
    #expect(account.signals.singleThreaded)
    #expect(account.coverage.leadingContactID == "C-10")
    #expect(account.gaps.contains("single_threaded"))
    #expect(account.nextBestActions.contains { $0.code == .multiThread })
  }

  @Test func oneContactHoldingMostActivitiesIsStillSingleThreaded() throws {
    var settings = CommitteeSettings()
    settings.lookbackDays = 120  // now the CTO's visit on 20 March counts
    let wide = try #require(try Self.analyze(settings)["A-2"])
    #expect(wide.coverage.engagedContactIDs == ["C-10", "C-11"])
    // 5 of 6 activities: 0.833 ≥ 0.8.
    #expect(abs(wide.coverage.leadingContactShare - 5.0 / 6.0) < 1e-9)
    #expect(wide.coverage.singleThreaded)
    settings.singleThreadShare = 0.9
    let lenient = try #require(try Self.analyze(settings)["A-2"])
    #expect(!lenient.coverage.singleThreaded)
  }

  @Test func everyAccountGetsAnEntryAndUnmatchedContactsNone() throws {
    let committees = try Self.analyze()
    #expect(committees.keys.sorted() == ["A-1", "A-2", "A-3"])
    let empty = try #require(committees["A-3"])
    #expect(empty.members.isEmpty)
    #expect(empty.signals == CommitteeSignals.none)
    #expect(empty.nextBestActions.map(\.code) == [.sourceContacts])
    #expect(!committees.values.contains { $0.member("C-99") != nil })
  }

  @Test func explicitChampionFlowsIntoCoverage() throws {
    var data = Self.data
    data.opportunities = [
      Opportunity(id: "O-1", accountID: "A-1", createdAt: F.day(5, 1), status: .open)
    ]
    data.opportunityContacts = [
      OpportunityContact(opportunityID: "O-1", contactID: "C-2", role: .champion)
    ]
    let acme = try #require(
      try CommitteeAnalysis.analyze(data: data, asOf: Self.asOf, accountOf: Self.accountOf)["A-1"])
    #expect(acme.member("C-2")?.role == .champion)
    #expect(acme.member("C-2")?.source == .explicit)
    #expect(acme.champions.map(\.contactID) == ["C-2"])
    #expect(acme.isChampion("C-2"))
    // The champion no longer counts as technical evaluator.
    #expect(acme.coverage.missingRoles == [.technicalEvaluator, .user])
    #expect(acme.signals.championPresent)
  }

  @Test func laterRowsNeverChangeAnEarlierAnalysis() throws {
    var later = Self.data
    later.contacts.append(F.contact("C-5", "CIO", createdAt: F.day(7, 1)))
    later.activities += [
      F.activity("C-5", "meeting", 7, 2), F.activity("C-3", "demo_attended", 7, 1),
      F.activity("C-10", "meeting", 8, 1),
    ]
    later.opportunities = [
      Opportunity(id: "O-7", accountID: "A-1", createdAt: F.day(7, 3), status: .open)
    ]
    later.opportunityContacts = [
      OpportunityContact(opportunityID: "O-7", contactID: "C-3", role: .champion)
    ]
    let accountOf = Self.accountOf.merging(["C-5": "A-1"]) { $1 }
    let before = try Self.analyze()
    let after = try CommitteeAnalysis.analyze(data: later, asOf: Self.asOf, accountOf: accountOf)
    #expect(before == after)
  }

  @Test func streamedEngagementGivesTheSameCommittees() throws {
    var counter = StakeholderEngagementCounter(asOf: Self.asOf)
    for activity in Self.activities.reversed() { counter.add(activity) }
    var withoutActivities = Self.data
    withoutActivities.activities = []
    let streamed = try CommitteeAnalysis.analyze(
      data: withoutActivities, asOf: Self.asOf, accountOf: Self.accountOf, engagement: counter)
    #expect(streamed == (try Self.analyze()))
    #expect(counter.engagement(of: "C-2").activitiesInWindow == 3)
    #expect(counter.engagement(of: "C-3") == StakeholderEngagement(contactID: "C-3"))
  }

  @Test func invalidSettingsThrow() {
    var settings = CommitteeSettings()
    settings.lookbackDays = 0
    #expect(throws: CommitteeError.self) { try Self.analyze(settings) }
    settings = CommitteeSettings(requiredRoles: [.user, .user])
    #expect(throws: CommitteeError.self) { try Self.analyze(settings) }
    settings = CommitteeSettings(singleThreadShare: 1.5)
    #expect(throws: CommitteeError.self) { try Self.analyze(settings) }
  }
}
