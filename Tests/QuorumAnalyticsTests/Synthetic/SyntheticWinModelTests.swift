import Foundation
import QuorumAnalytics
import Testing

@Suite struct SyntheticWinModelTests {
  @Test func fitWeighsIndustrySizeAndRegion() {
    let emea = Account(id: "A1", name: "K", industry: "Healthcare", employees: 120, region: "EMEA")
    // 0.4 · 1 + 0.35 · 0.5 + 0.25 · 0.75
    #expect(abs(SyntheticWinModel.fit(of: emea) - 0.7625) < 1e-12)
    let ideal = Account(id: "A2", name: "K", industry: "Software", employees: 1_000, region: "NA")
    #expect(abs(SyntheticWinModel.fit(of: ideal) - 1) < 1e-12)
    let poor = Account(id: "A3", name: "K", industry: "Retail", employees: 10, region: "LATAM")
    #expect(abs(SyntheticWinModel.fit(of: poor) - 0.0625) < 1e-12)
    let unknown = Account(id: "A4", name: "K")
    #expect(SyntheticWinModel.fit(of: unknown) == 0)
  }

  @Test func probabilityIsTheLogisticOfTheDocumentedLinearPredictor() {
    let features = SyntheticWinFeatures(
      fit: 0.5, highIntentActivities: 9, breadth: 3, economicBuyerEngaged: true,
      championPresent: false, bantMet: 2)
    // -5.4 + 1.6·0.5 + 0.45·ln 10 + 0.25·3 + 0.8 + 0 + 0.35·2 = -2.35 + 0.45·ln 10
    let expected = -2.35 + 0.45 * log(10.0)
    #expect(abs(SyntheticWinModel.coefficients.linearPredictor(features) - expected) < 1e-12)
    let probability = SyntheticWinModel.probabilityOfWinning(features)
    #expect(abs(probability - 1 / (1 + exp(-expected))) < 1e-12)
  }

  @Test func featuresCountOnlyTheNinetyDaysBeforeOpening() {
    let open = Timestamp(year: 2025, month: 6, day: 1)
    func at(_ days: Double) -> Timestamp { open.adding(days: days) }
    let batch = CRMData(
      accounts: [Account(id: "A1", name: "K", industry: "Software", employees: 300, region: "NA")],
      contacts: [
        Contact(id: "C1", accountID: "A1", title: "CFO", createdAt: at(-400)),
        Contact(id: "C2", title: "Marketing Manager", createdAt: at(-400)),
        Contact(id: "C3", accountID: "A9", title: "CEO", createdAt: at(-400)),
      ],
      activities: [
        Activity(contactID: "C1", occurredAt: at(-91), type: "meeting"),  // too early
        Activity(contactID: "C1", occurredAt: at(-90), type: "meeting"),
        Activity(contactID: "C2", occurredAt: at(-10), type: "pricing_page_view"),
        Activity(contactID: "C2", occurredAt: at(-9), type: "demo_requested"),
        Activity(contactID: "C2", occurredAt: at(-8), type: "email_reply"),
        Activity(contactID: "C2", occurredAt: at(-7), type: "roi_calculator"),
        Activity(contactID: "C2", occurredAt: at(-6), type: "case_study_view"),
        Activity(contactID: "C2", occurredAt: at(-5), type: "page_view"),  // low intent
        Activity(contactID: "C2", occurredAt: at(0), type: "meeting"),  // at opening
        Activity(contactID: "C3", occurredAt: at(-3), type: "meeting"),  // other account
      ],
      qualifications: [
        Qualification(
          subjectType: .contact, subjectID: "C2", criterion: .budget, value: .unmet,
          assessedAt: at(-30)),
        Qualification(
          subjectType: .contact, subjectID: "C2", criterion: .budget, value: .met,
          assessedAt: at(-20)),
        Qualification(
          subjectType: .account, subjectID: "A1", criterion: .need, value: .met, assessedAt: at(-20)
        ),
        Qualification(
          subjectType: .contact, subjectID: "C2", criterion: .timeline, value: .met,
          assessedAt: at(1)),
        Qualification(
          subjectType: .contact, subjectID: "C2", criterion: .champion, value: .met,
          assessedAt: at(-2)),
      ])
    let deal = Opportunity(id: "O1", accountID: "A1", createdAt: open, status: .open)
    let features = SyntheticWinModel.features(of: deal, in: batch)
    #expect(features.highIntentActivities == 6)
    #expect(features.breadth == 2)
    #expect(features.economicBuyerEngaged)  // the CFO's meeting 90 days before
    #expect(features.championPresent)  // C2: five high-intent activities
    #expect(features.bantMet == 2)  // budget (latest is met) and need; timeline came later
    #expect(features.fit == 1)
  }

  @Test func theGeneratorDrawsOutcomesFromFeaturesReadableInItsOwnOutput() throws {
    var checked = 0
    for (batch, truths) in SyntheticSample.accountBatches {
      for truth in truths {
        let deal = try #require(batch.opportunities.first { $0.id == truth.opportunityID })
        #expect(SyntheticWinModel.features(of: deal, in: batch) == truth.features)
        #expect(
          truth.probabilityOfWinning == SyntheticWinModel.probabilityOfWinning(truth.features))
        if deal.status != .open { #expect((deal.status == .won) == truth.won) }
        checked += 1
      }
    }
    #expect(checked == SyntheticSample.merged.opportunities.count)
    #expect(checked >= 100)
  }

  @Test func wonCountAgreesWithTheModelsProbabilities() {
    let truths = SyntheticSample.accountBatches.flatMap(\.truths)
    let expected = truths.reduce(0) { $0 + $1.probabilityOfWinning }
    let variance = truths.reduce(0) { $0 + $1.probabilityOfWinning * (1 - $1.probabilityOfWinning) }
    let observed = Double(truths.count { $0.won })
    #expect(abs(observed - expected) < 4 * variance.squareRoot(), "\(observed) vs \(expected)")
  }

  @Test func wonDealsShowMoreHighIntentActivityBeforeOpeningThanLostOnes() {
    var won: [Int] = []
    var lost: [Int] = []
    let window = Int64(SyntheticWinModel.lookbackDays) * Timestamp.millisecondsPerDay
    for (batch, _) in SyntheticSample.accountBatches {
      let people = Set(batch.contacts.map(\.id))
      for deal in batch.opportunities where deal.status != .open {
        let open = deal.createdAt.millisecondsSince1970
        let count = batch.activities.count { activity in
          let time = activity.occurredAt.millisecondsSince1970
          return people.contains(activity.contactID) && time >= open - window && time < open
            && SyntheticWinModel.highIntentTypes.contains(activity.type)
        }
        if deal.status == .won { won.append(count) } else { lost.append(count) }
      }
    }
    let meanWon = Double(won.reduce(0, +)) / Double(won.count)
    let meanLost = Double(lost.reduce(0, +)) / Double(lost.count)
    #expect(meanWon > 1.3 * meanLost, "won \(meanWon), lost \(meanLost)")
  }

  @Test func answersRecordedAfterOpeningFollowTheOutcome() {
    let status = Dictionary(
      uniqueKeysWithValues: SyntheticSample.merged.opportunities.map { ($0.id, $0.status) })
    func metShare(_ wanted: OpportunityStatus) -> Double {
      let answers = SyntheticSample.merged.qualifications.filter {
        $0.subjectType == .opportunity && status[$0.subjectID] == wanted
      }
      return Double(answers.count { $0.value == .met }) / Double(answers.count)
    }
    #expect(metShare(.won) > metShare(.lost) + 0.2)
  }
}
