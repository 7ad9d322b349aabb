import Foundation
import QuorumAnalytics
import Testing

@Suite struct PopulationStabilityIndexTests {
  @Test func matchesAWorkedExampleWithAnEmptyBin() throws {
    // Expected 1…10 in 5 quantile bins: cuts s₂ = 2, s₄ = 4, s₆ = 6, s₈ = 8, so the bins
    // (−∞, 2], (2, 4], (4, 6], (6, 8], (8, ∞) each hold 2 of 10: e = 0.2 everywhere.
    // Actual [1, 2, 3, 3, 4, 5, 9, 10, 11, 12] gives a = 0.2, 0.3, 0.1, 0, 0.4.
    // PSI = 0 + 0.1·ln 1.5 + (−0.1)·ln 0.5 + (ε − 0.2)·ln(ε / 0.2) + 0.2·ln 2, ε = 10⁻⁴
    //     ≈ 0 + 0.04055 + 0.06931 + 1.51942 + 0.13863 ≈ 1.76791.
    let psi = try PopulationStabilityIndex(
      expected: (1...10).map(Double.init), actual: [1, 2, 3, 3, 4, 5, 9, 10, 11, 12],
      binCount: 5)
    #expect(psi.bins.map(\.upperBound) == [2, 4, 6, 8, nil])
    #expect(psi.bins.map(\.expectedCount) == [2, 2, 2, 2, 2])
    #expect(psi.bins.map(\.actualCount) == [2, 3, 1, 0, 4])
    let epsilon = 1e-4
    let expected =
      0.1 * log(1.5) - 0.1 * log(0.5) + (epsilon - 0.2) * log(epsilon / 0.2) + 0.2 * log(2)
    #expect(abs(psi.value - expected) < 1e-12)
    #expect(abs(psi.value - 1.76791) < 1e-5)
    #expect(psi.shift == .significant)
  }

  @Test func identicalDistributionsAreStable() throws {
    let scores = (0..<100).map { Double($0 % 37) }
    let psi = try PopulationStabilityIndex(expected: scores, actual: scores.reversed())
    #expect(psi.value == 0 && psi.shift == .insignificant)
  }

  @Test func tiedReferenceScoresMergeCutPoints() throws {
    // Expected is 0 eight times then 1, 2: the decile cuts s₁…s₈ are all 0 and s₉ = 1, so
    // they merge into cuts 0 and 1 and three bins: (−∞, 0], (0, 1], (1, ∞).
    let psi = try PopulationStabilityIndex(
      expected: [0, 0, 0, 0, 0, 0, 0, 0, 1, 2], actual: [0, 5])
    #expect(psi.bins.map(\.upperBound) == [0, 1, nil])
    // e = 0.8, 0.1, 0.1; a = 0.5, 0 (→ ε), 0.5:
    // PSI = (0.5 − 0.8)·ln(0.5/0.8) + (ε − 0.1)·ln(ε/0.1) + (0.5 − 0.1)·ln(0.5/0.1).
    let epsilon = 1e-4
    let expected =
      -0.3 * log(0.625) + (epsilon - 0.1) * log(epsilon / 0.1) + 0.4 * log(5.0)
    #expect(abs(psi.value - expected) < 1e-12)
    #expect(throws: CalibrationError.empty) {
      try PopulationStabilityIndex(expected: [], actual: [1])
    }
  }
}
