import Foundation
import Testing

@testable import QuorumAnalytics

/// Evidence recorded after a deal opened must never teach the model anything, however well
/// it predicts the outcome.
@Suite struct LeakageGuardTests {
  /// 160 accounts with one deal each. Before the opening, a pricing-page view is more
  /// likely for deals that will be won (75% vs 25%): a real, imperfect signal. After the
  /// opening the outcome leaks perfectly: the deal's paper process, the contact's decision
  /// process (3 days after opening) and the account's competition answer (a day after the
  /// deal closed) are `met` exactly when it is won, and only won deals get a meeting.
  /// With `answersBeforeOpening` the contact and account answers are dated a day before
  /// the opening instead: the control, where they are legitimately known.
  static func data(answersBeforeOpening: Bool = false) -> CRMData {
    var generator = SplitMix64(seed: 11)
    var data = CRMData()
    for index in 0..<160 {
      let account = "A\(index)"
      let contact = "C\(index)"
      let deal = "O\(index)"
      let opened = Timestamp(year: 2024, month: 1, day: 1).adding(days: Double(index) * 4)
      let closed = opened.adding(days: 40)
      let won = generator.uniform() < 0.4
      let value: QualificationValue = won ? .met : .unmet
      let late = { (time: Timestamp) in answersBeforeOpening ? opened.adding(days: -1) : time }
      data.accounts.append(Account(id: account, name: "Company \(index)"))
      data.contacts.append(
        Contact(
          id: contact, accountID: account, title: "Director of IT",
          createdAt: opened.adding(days: -60)))
      if generator.uniform() < (won ? 0.75 : 0.25) {
        data.activities.append(
          Activity(
            contactID: contact, occurredAt: opened.adding(days: -10), type: "pricing_page_view"))
      }
      if won {
        data.activities.append(
          Activity(contactID: contact, occurredAt: opened.adding(days: 5), type: "meeting"))
      }
      data.opportunities.append(
        Opportunity(
          id: deal, accountID: account, createdAt: opened, status: won ? .won : .lost,
          closedAt: closed))
      data.qualifications += [
        Qualification(
          subjectType: .opportunity, subjectID: deal, criterion: .paperProcess, value: value,
          assessedAt: opened.adding(days: 2)),
        Qualification(
          subjectType: .contact, subjectID: contact, criterion: .decisionProcess, value: value,
          assessedAt: late(opened.adding(days: 3))),
        Qualification(
          subjectType: .account, subjectID: account, criterion: .competition, value: value,
          assessedAt: late(closed.adding(days: 1))),
      ]
    }
    return data
  }

  static let leaky = [
    "framework.paper_process", "framework.decision_process", "framework.competition",
    "engagement.meeting",
  ]

  static func fit(_ data: CRMData) throws -> CalibrationFit {
    try CalibrationRun(settings: CalibrationSettings(lambda: 1))
      .fit(TrainingSetBuilder(data: data, model: .default), asOf: nil)
  }

  @Test func evidenceRecordedAfterTheOpeningGetsNoWeight() throws {
    let fit = try Self.fit(Self.data())
    for name in Self.leaky {
      let column = try #require(fit.trainingSet.features.columnIndex(named: name))
      #expect(fit.trainingSet.features.column(column).allSatisfy { $0 == 0 }, "\(name)")
      #expect(fit.model.coefficient(named: name) == 0, "\(name)")
    }
    #expect((fit.model.coefficient(named: "engagement.pricing_page_view") ?? 0) > 0)
  }

  /// The control shows the guard is what keeps the answers out: known before the opening,
  /// the same perfectly predictive answers dominate the model.
  @Test func theSameAnswersKnownBeforeTheOpeningDominate() throws {
    let fit = try Self.fit(Self.data(answersBeforeOpening: true))
    let decision = try #require(fit.model.coefficient(named: "framework.decision_process"))
    let pricing = try #require(fit.model.coefficient(named: "engagement.pricing_page_view"))
    #expect(decision > 0.5)
    #expect(decision > pricing)
    #expect(fit.model.coefficient(named: "framework.paper_process") == 0)
  }
}
