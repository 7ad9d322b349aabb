import Testing

@testable import QuorumAnalytics

@Suite struct ContactScoreTests {
  private static func score(stageReason: String) -> ContactScore {
    ContactScore(
      contactID: "C1", accountID: nil, match: AccountMatch(method: .unmatched, evidence: ""),
      fit: .zero, engagement: .zero, framework: .zero, total: .zero, stage: .cold,
      stageReason: stageReason, reasons: [])
  }

  @Test func aStageReasonGivenAsTextReadsBackAndCanBeReplaced() {
    var score = Self.score(stageReason: "hand-written")
    #expect(score.stageReason == "hand-written")
    score.stageReason = "another"
    #expect(score.stageReason == "another")
  }

  /// An empty reason is the same as none kept, as scoring without explanations leaves it.
  @Test func anEmptyStageReasonEqualsAnUnexplainedScore() {
    var unexplained = Self.score(stageReason: "x")
    unexplained.stageCause = nil
    #expect(Self.score(stageReason: "") == unexplained)
    #expect(unexplained.stageReason.isEmpty)
  }

  /// The cause is kept as numbers and written out when read, e.g. a threshold reached.
  @Test func aStageCauseIsWrittenOutWhenRead() {
    var score = Self.score(stageReason: "")
    score.stageCause = .score(
      ScorePoints(rounding: 52.5), minimum: 50, engagement: ScorePoints(rounding: 20),
      minimumEngagement: 15)
    #expect(score.stageReason == "score 52.50 ≥ 50.00 with engagement 20.00 ≥ 15.00")
  }

  /// A reason kept as numbers and the same reason given as text make equal scores, with
  /// equal hashes.
  @Test func aStageCauseEqualsTheSameReasonWritten() {
    var computed = Self.score(stageReason: "")
    computed.stageCause = .framework("BANT", met: 3, of: 4, minimum: 3)
    let written = Self.score(stageReason: "BANT: 3 of 4 met (≥ 3)")
    #expect(computed == written)
    #expect(computed.hashValue == written.hashValue)
    #expect(computed != Self.score(stageReason: "BANT: 2 of 4 met (≥ 2)"))
  }
}
