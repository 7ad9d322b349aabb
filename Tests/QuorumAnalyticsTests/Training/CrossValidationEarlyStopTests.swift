import Testing

@testable import QuorumAnalytics

/// Walking the λ grid from the largest value down and stopping after two values that do
/// not improve the score finds the same λ as scoring every value, with fewer fits.
@Suite struct CrossValidationEarlyStopTests {
  @Test(arguments: [
    (rows: 60, noise: 12, signal: 0.5, seed: UInt64(7)),
    (rows: 1500, noise: 2, signal: 2.5, seed: UInt64(8)),
    (rows: 400, noise: 6, signal: 1, seed: UInt64(3)),
  ])
  func stopsEarlyWithTheSameChoice(rows: Int, noise: Int, signal: Double, seed: UInt64) throws {
    let (x, labels) = try TimeOrderedCrossValidationTests.simulated(
      rows: rows, noise: noise, signal: signal, seed: seed)
    let exhaustive = try TimeOrderedCrossValidation().selectLambda(x, labels: labels)
    let early = try TimeOrderedCrossValidation(stopAfterRises: 2).selectLambda(x, labels: labels)
    #expect(early.best == exhaustive.best)
    // What was scored is the same; the walk visits a prefix of the grid, largest λ first,
    // ending at most two values past the best.
    let grid = TimeOrderedCrossValidation.defaultLambdas.sorted(by: >)
    let visited = early.scores.map(\.lambda).sorted(by: >)
    #expect(visited == Array(grid.prefix(visited.count)))
    let bestPosition = try #require(grid.firstIndex(of: early.best.lambda))
    #expect(visited.count == min(bestPosition + 3, grid.count))
    for score in early.scores {
      #expect(exhaustive.scores.contains(score))
    }
  }
}
