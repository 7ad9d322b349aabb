import QuorumAnalytics
import Testing

@Suite struct SmallDataPolicyTests {
  @Test func regularisesHarderBelowTheMinimumAndSaysSo() {
    // 12 won < 30: multiplier 30/12 = 2.5; λ = max(0.1, 1) · 2.5 = 2.5.
    let assessment = SmallDataPolicy().assess(won: 12, lost: 80)
    #expect(assessment.isSmall && assessment.lambdaMultiplier == 2.5)
    #expect(assessment.adjustedLambda(0.1) == 2.5)
    #expect(assessment.adjustedLambda(10) == 25)
    #expect(
      assessment.warnings == [
        .smallTrainingSet(won: 12, lost: 80, minimum: 30, lambdaMultiplier: 2.5)
      ])
    #expect(assessment.warnings[0].description.contains("λ × 2.5"))
  }

  @Test func leavesLambdaAloneAtOrAboveTheMinimum() {
    let assessment = SmallDataPolicy().assess(won: 30, lost: 31)
    #expect(!assessment.isSmall && assessment.warnings.isEmpty)
    #expect(assessment.adjustedLambda(0.01) == 0.01)
  }

  @Test func noDealsOfOneKindCannotBeFittedButStaysFinite() {
    let assessment = SmallDataPolicy().assess(won: 0, lost: 5)
    #expect(!assessment.canFit && assessment.lambdaMultiplier == 30)
    #expect(assessment.adjustedLambda(0).isFinite)
  }
}
