import Foundation
import Testing

@testable import QuorumAnalytics

@Suite struct LogisticObjectiveTests {
  /// x = (0, 2), labels (lost, won): standardised (mean 1, population sd 1) to z = (−1, +1).
  static func objective() throws -> LogisticObjective {
    let x = try DesignMatrix(columnNames: ["x"], rows: [[0], [2]])
    return LogisticObjective(
      x: x, labels: [false, true], standardization: Standardization(fitting: x))
  }

  @Test func valueGradientAndHessianAtTheOrigin() throws {
    // θ = (0, 0): η = 0 on both rows, so each costs log 2, each μ = 1/2, each weight 1/4.
    // ∇ = (½ − 0)(1, −1) + (½ − 1)(1, 1) = (0, −1); ∇² = ¼(1, −1)(1, −1)ᵀ + ¼(1, 1)(1, 1)ᵀ
    // + λ·diag(0, 1) = [[0.5, 0], [0, 0.5 + 2]].
    let evaluation = try Self.objective().evaluate([0, 0], lambda: 2, through: .hessian)
    #expect(abs(evaluation.value - 2 * 0.693_147_180_559_945_3) < 1e-12)
    #expect(zip(evaluation.gradient, [0, -1]).allSatisfy { abs($0 - $1) < 1e-12 })
    #expect(zip(evaluation.hessian, [0.5, 0, 0, 2.5]).allSatisfy { abs($0 - $1) < 1e-12 })
  }

  @Test func eachOrderComputesWhatItNamesAndTheSameNumbers() throws {
    // θ = (0, 1), λ = 2: η = (−1, +1), both rows cost log(1 + e⁻¹) = 0.313261687518…, plus
    // λ/2·1² = 1; σ(−1) = 0.268941421369995 gives ∇ = (0, −2σ(−1) + 2) and weights
    // σ(1)σ(−1) = 0.196611933241482, so ∇² = [[2w, 0], [0, 2w + 2]].
    let objective = try Self.objective()
    let value = objective.evaluate([0, 1], lambda: 2, through: .value)
    let gradient = objective.evaluate([0, 1], lambda: 2, through: .gradient)
    let hessian = objective.evaluate([0, 1], lambda: 2, through: .hessian)
    let sigma = 0.268_941_421_369_995_1
    let weight = 0.196_611_933_241_481_85
    #expect(abs(value.value - (2 * 0.313_261_687_518_222_9 + 1)) < 1e-12)
    #expect(value.gradient.isEmpty && value.hessian.isEmpty)
    #expect(gradient.value == value.value && gradient.hessian.isEmpty)
    #expect(zip(gradient.gradient, [0, 2 - 2 * sigma]).allSatisfy { abs($0 - $1) < 1e-12 })
    #expect(hessian.value == value.value && hessian.gradient == gradient.gradient)
    #expect(
      zip(hessian.hessian, [2 * weight, 0, 0, 2 * weight + 2]).allSatisfy { abs($0 - $1) < 1e-12 })
  }

  @Test func theHessianOfManyRowsMatchesARowByRowSum() throws {
    // 7 rows (one block of four and three left over) of 3 features: the blocked, vectorised
    // accumulation equals Σ wᵢ·zᵢzᵢᵀ + λ·diag(0, 1, 1, 1) added row by row.
    let rows: [[Double]] = [
      [1, 0, 2], [2, 1, 0], [0, 3, 1], [4, 1, 1], [1, 1, 3], [2, 0, 0], [3, 2, 1],
    ]
    let labels = [true, false, true, true, false, false, true]
    let x = try DesignMatrix(columnNames: ["a", "b", "c"], rows: rows)
    let standardization = Standardization(fitting: x)
    let objective = LogisticObjective(x: x, labels: labels, standardization: standardization)
    let theta = [0.1, -0.2, 0.3, 0.05]
    let lambda = 0.5
    let z = standardization.standardize(x)
    var expected = [Double](repeating: 0, count: 16)
    for i in 0..<rows.count {
      let zi = [1] + Array(z.row(i))
      let eta = zip(theta, zi).reduce(0) { $0 + $1.0 * $1.1 }
      let mu = 1 / (1 + exp(-eta))
      for a in 0..<4 {
        for b in 0..<4 { expected[a * 4 + b] += mu * (1 - mu) * zi[a] * zi[b] }
      }
    }
    for a in 1..<4 { expected[a * 4 + a] += lambda }
    let hessian = objective.evaluate(theta, lambda: lambda, through: .hessian).hessian
    #expect(zip(hessian, expected).allSatisfy { abs($0 - $1) < 1e-12 })
  }

  @Test func anInterceptOnlyObjectiveIsNotPenalised() throws {
    // A constant column is left out, so θ is the intercept alone (q = 1), which λ never
    // touches: at θ = 0 both rows cost log 2, the residuals +½ and −½ cancel, and the
    // Hessian is the two weights ¼ + ¼.
    let x = try DesignMatrix(columnNames: ["c"], rows: [[3], [3]])
    let objective = LogisticObjective(
      x: x, labels: [false, true], standardization: Standardization(fitting: x))
    let evaluation = objective.evaluate([0], lambda: 5, through: .hessian)
    #expect(abs(evaluation.value - 2 * 0.693_147_180_559_945_3) < 1e-12)
    #expect(evaluation.gradient == [0] && evaluation.hessian == [0.5])
  }
}
