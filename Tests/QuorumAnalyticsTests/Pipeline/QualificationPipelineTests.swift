import QuorumAnalytics
import Testing

@Suite struct QualificationPipelineTests {
  static let asOf = Timestamp(year: 2026, month: 6, day: 30)

  @Test func streamingActivitiesGivesTheSameViewAsHoldingThem() throws {
    let data = SyntheticSample.merged
    let pipeline = QualificationPipeline(model: .default)
    let held = try pipeline.run(data, asOf: Self.asOf)
    var withoutActivities = data
    withoutActivities.activities = []
    // Streamed in reverse: the order of the stream must not matter.
    var builder = ActivityLog.Builder(contactIDs: data.contacts.map(\.id))
    for activity in data.activities.reversed() {
      builder.append(
        contactID: activity.contactID, occurredAt: activity.occurredAt, type: activity.type)
    }
    let streamed = try pipeline.run(
      withoutActivities, activities: builder.build(), asOf: Self.asOf)
    // Compared by count of differences: a failing `==` on thousands of scores prints megabytes.
    let contactDifferences = zip(streamed.scoring.contacts, held.scoring.contacts).filter {
      $0 != $1
    }
    let accountDifferences = zip(streamed.scoring.accounts, held.scoring.accounts).filter {
      $0 != $1
    }
    #expect(streamed.scoring.contacts.count == held.scoring.contacts.count)
    #expect(contactDifferences.count == 0)
    #expect(accountDifferences.count == 0)
    #expect(streamed.committees.keys.sorted() == held.committees.keys.sorted())
    #expect(held.committees.filter { streamed.committees[$0.key] != $0.value }.count == 0)
  }

  /// Outlined, the committees give every score and every contact's line (persona, role —
  /// recorded, inferred or promoted — and champion flag) as mapped in full, and the view
  /// keeps no committee: each account's coverage is in its score.
  @Test func outlinedCommitteesScoreAndLineEveryContactAsMappedInFull() throws {
    let data = SyntheticSample.merged
    var full = QualificationPipeline(model: .default)
    full.findsContactLines = true
    var outlined = full
    outlined.outlinesCommittees = true
    let mapped = try full.run(data, asOf: Self.asOf)
    let sketched = try outlined.run(data, asOf: Self.asOf)
    #expect(sketched.committees.isEmpty && !mapped.committees.isEmpty)
    #expect(sketched.scoring.contacts.count == mapped.scoring.contacts.count)
    #expect(zip(sketched.scoring.contacts, mapped.scoring.contacts).filter { $0 != $1 }.isEmpty)
    #expect(zip(sketched.scoring.accounts, mapped.scoring.accounts).filter { $0 != $1 }.isEmpty)
    #expect(
      mapped.scoring.accounts.allSatisfy {
        $0.committeeCoverage != nil
          && $0.committeeCoverage == mapped.committees[$0.accountID]?.coverage.coverage
      })
    let (lines, expected) = (sketched.lines, mapped.lines)
    #expect(sketched.contactLines != nil)
    #expect(lines.personas == expected.personas)
    #expect(lines.roles == expected.roles)
    #expect(lines.champions == expected.champions)
    // The sample takes every way to a role and to a champion.
    let members = mapped.committees.values.flatMap(\.members)
    #expect(members.contains { $0.source == .explicit })
    #expect(
      members.contains {
        $0.source == .inferred && $0.role == .economicBuyer && $0.confidence == 0.5
      })
    let champions = mapped.committees.values.flatMap(\.champions)
    #expect(champions.contains { $0.isExplicit } && champions.contains { !$0.isExplicit })
    #expect(expected.champions.contains(true))
  }

  /// The run's summary, counted in chunks on every core, is the plain count of its contacts
  /// by match method and stage, of its accounts by journey stage, and of the unmapped
  /// events.
  @Test func theSummaryCountsEveryContactAndAccount() throws {
    let scoring = try QualificationPipeline(model: .default).run(
      SyntheticSample.merged, asOf: Self.asOf
    ).scoring
    let summary = scoring.summary
    for method in MatchMethod.allCases {
      #expect(
        summary.contactsPerMatchMethod[method]
          == scoring.contacts.count { $0.match.method == method })
    }
    for stage in ContactStage.allCases {
      #expect(summary.contactsPerStage[stage] == scoring.contacts.count { $0.stage == stage })
    }
    for stage in JourneyStage.allCases {
      #expect(
        summary.accountsPerJourneyStage[stage]
          == scoring.accounts.count { $0.journeyStage == stage })
    }
    #expect(
      summary.unmapped.reduce(0) { $0 + $1.count }
        == scoring.contacts.reduce(0) { $0 + $1.unmapped.reduce(0) { $0 + $1.count } })
    #expect(scoring.contacts.count > 1_000)
  }

  /// Without contact explanations (what the reports run), contacts keep their points and
  /// stages but no reasons; accounts, committees and the summary are unchanged.
  @Test func contactsUnexplainedKeepTheirNumbersAndAccountsTheirReasons() throws {
    let data = SyntheticSample.merged
    let explained = try QualificationPipeline(model: .default).run(data, asOf: Self.asOf)
    let numbers = try QualificationPipeline(model: .default, explainsContacts: false).run(
      data, asOf: Self.asOf)
    let pairs = zip(explained.scoring.contacts, numbers.scoring.contacts)
    #expect(numbers.scoring.contacts.count == explained.scoring.contacts.count)
    #expect(numbers.scoring.contacts.allSatisfy { $0.reasons.isEmpty && $0.stageReason.isEmpty })
    #expect(explained.scoring.contacts.filter { !$0.reasons.isEmpty }.count > 1_000)
    let differences = pairs.filter { explained, numbers in
      [explained.fit, explained.engagement, explained.framework, explained.total]
        != [numbers.fit, numbers.engagement, numbers.framework, numbers.total]
        || explained.stage != numbers.stage || explained.accountID != numbers.accountID
    }
    #expect(differences.count == 0)
    #expect(zip(explained.scoring.accounts, numbers.scoring.accounts).filter { $0 != $1 }.isEmpty)
    #expect(explained.scoring.summary == numbers.scoring.summary)
  }

  /// Recorded as they are scored (what `quorum score` stores), every contact's and
  /// account's reasons are those an explaining run keeps, found through the recorded rows;
  /// the view's contacts keep numbers only, the same numbers.
  @Test func recordedReasonsAreTheReasonsAnExplainingRunKeeps() throws {
    let data = SyntheticSample.merged
    let explained = try QualificationPipeline(model: .default).run(data, asOf: Self.asOf)
    let (view, recorded) = try QualificationPipeline(model: .default).run(
      data,
      activities: ActivityLog(contactIDs: data.contacts.map(\.id), activities: data.activities),
      asOf: Self.asOf
    ) { ReasonList() }
    #expect(view.scoring.contacts.allSatisfy { $0.reasons.isEmpty && $0.stageReason.isEmpty })
    #expect(view.scoring.contacts.map(\.contactID) == explained.scoring.contacts.map(\.contactID))
    #expect(view.scoring.contacts.map(\.total) == explained.scoring.contacts.map(\.total))
    #expect(view.scoring.contacts.map(\.stage) == explained.scoring.contacts.map(\.stage))
    #expect(zip(view.scoring.accounts, explained.scoring.accounts).allSatisfy { $0 == $1 })
    #expect(view.scoring.summary == explained.scoring.summary)
    // One recorder per chunk of accounts, and one for the contacts of no account.
    #expect(recorded.recorders.count > 2)
    let contactRows = recorded.recorders.flatMap(\.contacts)
    let reasons = recorded.contactRows.map { contactRows[Int($0)] }
    #expect(reasons == explained.scoring.contacts.map(\.reasons))
    #expect(reasons.filter { !$0.isEmpty }.count > 1_000)
    #expect(Set(recorded.contactRows).count == contactRows.count)
    // Scored account by account, not in ID order: the rows are mapped, not just counted.
    #expect(recorded.contactRows != (0..<Int32(contactRows.count)).map { $0 })
    #expect(recorded.recorders.flatMap(\.accounts) == explained.scoring.accounts.map(\.reasons))
  }

  /// The pipeline joins each score to its persona, role and champion flag by contact
  /// position (``ContactLines``): the same lines as joining them by contact ID, which the
  /// view falls back to once its committees are changed.
  @Test func contactLinesByPositionEqualTheJoinByContactID() throws {
    let data = SyntheticSample.merged
    var pipeline = QualificationPipeline(model: .default)
    pipeline.findsContactLines = true
    let view = try pipeline.run(data, asOf: Self.asOf)
    #expect(
      try QualificationPipeline(model: .default).run(data, asOf: Self.asOf).contactLines == nil)
    #expect(view.contactLines != nil)
    #expect(
      view.scoring.contactPositions.map { data.contacts[Int($0)].id }
        == view.scoring.contacts.map(\.contactID))
    var byID = view
    byID.committees = view.committees
    #expect(byID.contactLines == nil)
    #expect(view.contacts == byID.contacts)
    var changed = view
    changed.personas = view.personas
    #expect(changed.contactLines == nil)
    changed = view
    changed.scoring = view.scoring
    #expect(changed.contactLines == nil)
    #expect(view.contacts.filter(\.isChampion).count > 10)
    #expect(view.contacts.filter { $0.committeeRole != nil }.count > 1_000)
    #expect(Set(view.contacts.map(\.persona.department)).count > 3)
  }

  /// One account of 600 contacts, each a member of its committee, some of them champions:
  /// the lines by position (members found by a search over the account's contacts sorted
  /// by ID, given in reverse order here) equal the join by contact ID.
  @Test func contactLinesOfALargeAccountEqualTheJoinByContactID() throws {
    let start = Timestamp(year: 2026, month: 1, day: 5)
    let titles = ["CFO", "VP Engineering", "IT Director", "Analyst", "Head of Procurement"]
    let contacts = (0..<600).reversed().map { index in
      Contact(
        id: "C\(index)", accountID: "A-1", title: titles[index % titles.count],
        createdAt: start)
    }
    // Every fifth contact meets, replies and asks for a demo week after week before the
    // date: a champion's behaviour; the others engage a little.
    let types: [ActivityType] = ["meeting", "email_reply", "demo_requested", "pricing_page_view"]
    let activities = contacts.indices.flatMap { index in
      (0..<(index.isMultiple(of: 5) ? 8 : index % 3)).map { week in
        Activity(
          contactID: contacts[index].id,
          occurredAt: Self.asOf.adding(days: -7 * Double(week + 1)), type: types[week % 4])
      }
    }
    let data = CRMData(
      accounts: [Account(id: "A-1", name: "Acme", createdAt: start)], contacts: contacts,
      activities: activities)
    var pipeline = QualificationPipeline(model: .default)
    pipeline.findsContactLines = true
    let view = try pipeline.run(data, asOf: Self.asOf)
    var byID = view
    byID.committees = view.committees
    #expect(view.contactLines != nil && byID.contactLines == nil)
    #expect(view.contacts == byID.contacts)
    #expect(view.contacts.filter { $0.committeeRole != nil }.count == 600)
    #expect(view.contacts.contains { $0.isChampion })
  }

  /// Without next best actions (what `quorum score` runs), every committee has none and is
  /// otherwise the same; so are the scores.
  @Test func committeesWithoutNextBestActionsAreOtherwiseTheSame() throws {
    let data = SyntheticSample.merged
    let planned = try QualificationPipeline(model: .default).run(data, asOf: Self.asOf)
    var pipeline = QualificationPipeline(model: .default)
    pipeline.plansNextBestActions = false
    let unplanned = try pipeline.run(data, asOf: Self.asOf)
    #expect(unplanned.committees.values.allSatisfy { $0.nextBestActions.isEmpty })
    #expect(planned.committees.values.filter { !$0.nextBestActions.isEmpty }.count > 100)
    var stripped = planned.committees
    for key in stripped.keys { stripped[key]?.nextBestActions = [] }
    #expect(stripped.filter { unplanned.committees[$0.key] != $0.value }.isEmpty)
    #expect(unplanned.committees.count == planned.committees.count)
    #expect(zip(planned.scoring.accounts, unplanned.scoring.accounts).filter { $0 != $1 }.isEmpty)
    #expect(zip(planned.scoring.contacts, unplanned.scoring.contacts).filter { $0 != $1 }.isEmpty)
  }

  /// The pipeline maps committees by contact position from its one matching pass; the
  /// public analysis maps them by contact ID. Both must give every account the same
  /// committee.
  @Test func committeesByPositionEqualTheAnalysisByContactID() throws {
    let data = SyntheticSample.merged
    let view = try QualificationPipeline(model: .default).run(data, asOf: Self.asOf)
    let byID = try CommitteeAnalysis.analyze(
      data: data, asOf: Self.asOf, accountOf: Self.accountOf(view),
      settings: CommitteeSettings(model: .default))
    #expect(view.committees.keys.sorted() == byID.keys.sorted())
    #expect(byID.filter { view.committees[$0.key] != $0.value }.isEmpty)
    #expect(byID.values.contains { $0.members.count > 1 })
  }

  /// A contact ID given twice cannot be addressed by position alone: the analysis by ID
  /// decides, as it does for any caller.
  @Test func repeatedContactIDsStillGetTheAnalysisByID() throws {
    var data = SyntheticSample.merged
    let first = try #require(data.contacts.first { $0.accountID != nil })
    var twin = first
    twin.title = "Chief Financial Officer"
    data.contacts.append(twin)
    let view = try QualificationPipeline(model: .default).run(data, asOf: Self.asOf)
    let byID = try CommitteeAnalysis.analyze(
      data: data, asOf: Self.asOf, accountOf: Self.accountOf(view),
      settings: CommitteeSettings(model: .default))
    #expect(byID.filter { view.committees[$0.key] != $0.value }.isEmpty)
    let account = try #require(first.accountID)
    #expect(view.committees[account]?.members.filter { $0.contactID == first.id }.count == 1)
  }

  /// Each scored contact's account, as the committee analysis takes it.
  private static func accountOf(_ view: QualificationView) -> [String: String] {
    var accountOf: [String: String] = [:]
    for score in view.scoring.contacts {
      if let account = score.accountID { accountOf[score.contactID] = account }
    }
    return accountOf
  }

  @Test func committeeSignalsFeedTheAccountScore() throws {
    let view = try QualificationPipeline(model: .default).run(
      SyntheticSample.merged, asOf: Self.asOf)
    let withChampion = view.scoring.accounts.filter {
      view.committees[$0.accountID]?.signals.championPresent == true
    }
    #expect(!withChampion.isEmpty)
    for account in withChampion {
      #expect(account.reasons.contains { $0.feature == "committee.champion" })
    }
  }

  @Test func rankingIsOrderedByScoreWithTiersFromTheModel() throws {
    let view = try QualificationPipeline(model: .default).run(
      SyntheticSample.merged, asOf: Self.asOf)
    let ranking = try view.ranking(cutoffs: ScoringModel.default.abmTiers)
    #expect(ranking.count == view.scoring.accounts.count)
    #expect(ranking.map(\.score) == ranking.map(\.score).sorted(by: >))
    for row in ranking {
      #expect(row.tier == ScoringModel.default.abmTiers.tier(for: row.score))
    }
  }
}

/// A recorder that keeps the reasons as given.
private struct ReasonList: ReasonRecorder {
  var contacts: [[ReasonCode]] = []
  var accounts: [[ReasonCode]] = []

  mutating func recordContact(_ reasons: [ReasonCode]) { contacts.append(reasons) }
  mutating func recordAccount(_ reasons: [ReasonCode]) { accounts.append(reasons) }
}
