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
