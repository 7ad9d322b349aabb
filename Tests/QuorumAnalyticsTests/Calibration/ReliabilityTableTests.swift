import QuorumAnalytics
import Testing

@Suite struct ReliabilityTableTests {
  // p = 0.05 (lost) | 0.15 (lost), 0.12 (won) | 0.85 (won) | 0.95 (won), 0.9 (lost)
  static let probabilities = [0.05, 0.15, 0.12, 0.85, 0.95, 0.9]
  static let labels = [false, false, true, true, true, false]

  @Test func groupsForecastsIntoEqualWidthBins() throws {
    let table = ReliabilityTable(probabilities: Self.probabilities, labels: Self.labels)
    #expect(table.bins.map(\.count) == [1, 2, 0, 0, 0, 0, 0, 0, 1, 2])
    let second = table.bins[1]
    #expect(second.lowerBound == 0.1 && second.upperBound == 0.2)
    #expect(abs(try #require(second.meanPredicted) - 0.135) < 1e-12)
    #expect(second.observedRate == 0.5)
    #expect(table.bins[2].meanPredicted == nil && table.bins[2].observedRate == nil)
  }

  @Test func expectedCalibrationErrorIsTheCountWeightedGap() throws {
    // Gaps: |0.05 − 0| = 0.05 (n 1), |0.135 − 0.5| = 0.365 (n 2), |0.85 − 1| = 0.15 (n 1),
    // |0.925 − 0.5| = 0.425 (n 2). ECE = (0.05 + 2·0.365 + 0.15 + 2·0.425) / 6 = 1.78 / 6.
    let table = ReliabilityTable(probabilities: Self.probabilities, labels: Self.labels)
    #expect(abs(try #require(table.expectedCalibrationError) - 1.78 / 6) < 1e-12)
  }

  @Test func certaintyFallsInTheLastBinAndEmptyInputHasNoError() {
    let table = ReliabilityTable(probabilities: [1, 0], labels: [true, false])
    #expect(table.bins[9].count == 1 && table.bins[0].count == 1)
    #expect(table.expectedCalibrationError == 0)
    #expect(ReliabilityTable(probabilities: [], labels: []).expectedCalibrationError == nil)
  }
}
