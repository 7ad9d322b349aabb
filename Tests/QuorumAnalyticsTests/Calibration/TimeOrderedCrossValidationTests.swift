import QuorumAnalytics
import Testing

@Suite struct TimeOrderedCrossValidationTests {
  /// n rows of `noise` pure-noise features plus one feature with log-odds slope `signal`.
  static func simulated(
    rows n: Int, noise: Int, signal: Double, seed: UInt64
  ) throws -> (DesignMatrix, [Bool]) {
    var generator = SplitMix64(seed: seed)
    var rows: [[Double]] = []
    var labels: [Bool] = []
    for _ in 0..<n {
      let row = (0...noise).map { _ in generator.normal() }
      rows.append(row)
      labels.append(generator.uniform() < LogisticFunction.sigmoid(signal * row[0]))
    }
    let names = (0...noise).map { "f\($0)" }
    return (try DesignMatrix(columnNames: names, rows: rows), labels)
  }

  @Test func expandingWindowFoldsTrainOnlyOnThePast() {
    // 12 rows, 3 folds → 4 blocks of 3: train [0, 3) validate [3, 6); train [0, 6) …
    let folds = TimeOrderedCrossValidation(foldCount: 3).folds(rowCount: 12)
    #expect(folds.map(\.training) == [0..<3, 0..<6, 0..<9])
    #expect(folds.map(\.validation) == [3..<6, 6..<9, 9..<12])
    // 10 rows, 3 folds: boundaries ⌊j·10/4⌋ = 0, 2, 5, 7, 10.
    let uneven = TimeOrderedCrossValidation(foldCount: 3).folds(rowCount: 10)
    #expect(uneven.map(\.validation) == [2..<5, 5..<7, 7..<10])
  }

  @Test func picksALargerPenaltyOnNoisySmallDataThanOnCleanLargeData() throws {
    let cv = TimeOrderedCrossValidation()
    let (noisy, noisyLabels) = try Self.simulated(rows: 60, noise: 12, signal: 0.5, seed: 7)
    let (clean, cleanLabels) = try Self.simulated(rows: 1500, noise: 2, signal: 2.5, seed: 8)
    let noisyChoice = try cv.selectLambda(noisy, labels: noisyLabels)
    let cleanChoice = try cv.selectLambda(clean, labels: cleanLabels)
    // On 1500 rows λ ≤ 3 barely shrinks anything, so the clean choice is small but not
    // pinned; 13 features on 60 rows need strong shrinkage.
    #expect(noisyChoice.best.lambda >= 10)
    #expect(cleanChoice.best.lambda <= 3)
    #expect(noisyChoice.best.lambda > cleanChoice.best.lambda)
    #expect(noisyChoice.scores.count == 7 && noisyChoice.folds.count == 5)
    let minimum = try #require(noisyChoice.scores.map(\.meanLogLoss).min())
    #expect(noisyChoice.best.meanLogLoss == minimum)
  }

  @Test func choosesAmongCandidateMatricesSuchAsHalfLives() throws {
    // Candidate 30 carries the signal; candidate 7 is the same rows with the signal
    // column replaced by noise, so candidate 30 must win.
    let (x, labels) = try Self.simulated(rows: 400, noise: 2, signal: 2, seed: 11)
    var generator = SplitMix64(seed: 99)
    let scrambled = (0..<x.rowCount).map { i in
      [generator.normal()] + Array(x.row(i).dropFirst())
    }
    let worse = try DesignMatrix(columnNames: x.columnNames, rows: scrambled)
    let result = try TimeOrderedCrossValidation(lambdas: [0.1, 1, 10]).select(
      candidates: [(label: 7, matrix: worse), (label: 30, matrix: x)], labels: labels)
    #expect(result.best.candidateLabel == 30)
    #expect(result.scores.count == 6)
    #expect(result.scores.map(\.candidateLabel) == [7, 7, 7, 30, 30, 30])
  }

  @Test func skipsFoldsWhoseTrainingWindowHasOneClass() throws {
    // The first 6 rows are all lost, so the first fold (train on rows 0..<4) is unusable.
    var labels = [Bool](repeating: false, count: 6)
    labels += (0..<18).map { $0 % 2 == 0 }
    let rows = labels.enumerated().map { [Double($0.offset % 5), $0.element ? 1.0 : 0.3] }
    let x = try DesignMatrix(columnNames: ["a", "b"], rows: rows)
    let result = try TimeOrderedCrossValidation(lambdas: [1]).selectLambda(x, labels: labels)
    #expect(result.skippedFolds.map(\.training) == [0..<4])
    #expect(result.folds.count == 4)
    let allLost = [Bool](repeating: false, count: 24)
    #expect(throws: CalibrationError.noUsableFolds) {
      try TimeOrderedCrossValidation().selectLambda(x, labels: allLost)
    }
  }

  @Test func isDeterministic() throws {
    let (x, labels) = try Self.simulated(rows: 120, noise: 4, signal: 1, seed: 3)
    let cv = TimeOrderedCrossValidation()
    #expect(try cv.selectLambda(x, labels: labels) == cv.selectLambda(x, labels: labels))
  }
}
