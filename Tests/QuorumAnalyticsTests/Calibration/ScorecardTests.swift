import Foundation
import QuorumAnalytics
import Testing

@Suite struct ScorecardTests {
  @Test func scalingPutsTheBaseScoreAtTheBaseOddsAndDoublesEveryPDO() {
    // factor = 20 / ln 2 ≈ 28.8539; offset = 600 − factor · ln 1 = 600.
    let scaling = ScorecardScaling()
    #expect(abs(scaling.factor - 20 / log(2.0)) < 1e-12 && scaling.offset == 600)
    #expect(abs(scaling.score(probability: 0.8) - 640) < 1e-9)  // odds 4 = 2²
    #expect(abs(scaling.score(probability: 0.2) - 560) < 1e-9)  // odds ¼
    // 500 points at odds 1:19 (5%), PDO 50: offset = 500 + (50 / ln 2) · ln 19.
    let custom = ScorecardScaling(pointsToDoubleOdds: 50, baseScore: 500, baseOdds: 1.0 / 19)
    #expect(abs(custom.offset - (500 + 50 / log(2.0) * log(19.0))) < 1e-9)
    #expect(abs(custom.probability(score: 500) - 0.05) < 1e-12)
    #expect(abs(custom.probability(score: 550) - 2.0 / 21) < 1e-12)  // odds 2/19
  }

  @Test func pointsRoundTripToTheModelProbability() throws {
    let (x, y) = try LogisticRegressionTests.fixture()
    let model = try LogisticRegression(lambda: 1).fit(x, labels: y)
    let card = Scorecard(model: model)
    for i in 0..<x.rowCount {
      let row = Array(x.row(i))
      let score = card.score(for: row)
      #expect(abs(card.probability(score: score) - model.probability(for: row)) < 1e-12)
      #expect(abs(card.score(probability: card.probability(score: score)) - score) < 1e-8)
    }
  }

  @Test func pointsPerUnitAreFactorTimesCoefficient() {
    // logit p = −1.2 + 0.8·demo: demo points = 0.8 · 20/ln 2 ≈ 23.083; base points at
    // demo = 0 are 600 + 28.854 · (−1.2) ≈ 565.375, where the odds are e^−1.2.
    let card = Scorecard(intercept: -1.2, coefficients: [(name: "demo", coefficient: 0.8)])
    let factor = 20 / log(2.0)
    #expect(abs(card.features[0].pointsPerUnit - 0.8 * factor) < 1e-12)
    #expect(abs(card.basePoints - (600 - 1.2 * factor)) < 1e-9)
    #expect(abs(card.interceptOdds - exp(-1.2)) < 1e-15)
    #expect(card.pointsPerUnit == ["demo": 0.8 * factor])
    #expect(abs(card.score(for: [2]) - (card.basePoints + 1.6 * factor)) < 1e-9)
    #expect(abs(card.probability(score: card.basePoints) - 1 / (1 + exp(1.2))) < 1e-12)
  }
}
