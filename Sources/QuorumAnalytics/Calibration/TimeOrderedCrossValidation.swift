/// Chooses the L2 penalty λ (and, optionally, among alternative design matrices such as
/// one per decay half-life) by expanding-window, time-ordered cross-validation, scored by
/// mean validation log loss.
///
/// The rows must already be sorted by time (oldest first). They are cut into k + 1
/// contiguous blocks of near-equal size (block boundaries ⌊j·n/(k+1)⌋); fold i = 1…k trains
/// on blocks 0…i−1 — only the past — and validates on block i, the block that follows
/// (forward chaining; Hyndman & Athanasopoulos, *Forecasting: Principles and Practice*,
/// 3rd ed., 2021, §5.10; Bergmeir & Benítez, *On the use of cross-validation for time
/// series predictor evaluation*, Information Sciences 191, 2012). Each fold standardises
/// on its own training rows, so nothing from the validation block leaks in. A fold whose
/// training window lacks won or lost deals cannot be fitted and is skipped (listed in the
/// result).
///
/// A candidate's score is the mean over the usable folds of each fold's mean validation
/// log loss. The lowest score wins; exact ties go to the earlier candidate, and within a
/// candidate to the larger λ (the simpler model). The λ grid is walked from the largest λ
/// down, every fold's fit warm-started from that fold's previous one. With
/// `stopAfterRises = k`, a candidate's walk stops once its score has failed to improve on
/// its best for k consecutive grid values: validation loss is U-shaped in log λ in
/// practice, and the smallest penalties, the costliest fits (near-separated data needs
/// many Newton steps), are then never needed. The unvisited pairs have no score.
/// The folds of one λ are fitted side by side on the cores; each fold's arithmetic is its
/// own, so the result is deterministic and the same on any number of cores.
///
/// Cost: about `candidates × folds` λ paths, each a few Newton iterations per λ on at
/// most n·k/(k+1) rows, every iteration O(rows · p²).
///
/// ```swift
/// let cv = TimeOrderedCrossValidation()  // 5 folds, λ ∈ [0.01 … 100]
/// let lambda = try cv.selectLambda(x, labels: won).best.lambda
/// let decay = try cv.select(candidates: [(label: 14, matrix: x14), (label: 30, matrix: x30)],
///                           labels: won).best.candidateLabel
/// ```
public struct TimeOrderedCrossValidation: Hashable, Sendable {
  /// One fold: fit on `training`, validate on `validation` (row ranges, in time order).
  public struct Fold: Hashable, Sendable {
    /// The rows fitted on: all rows before `validation`.
    public let training: Range<Int>
    /// The block of rows validated on.
    public let validation: Range<Int>
  }

  /// The default λ grid.
  public static let defaultLambdas: [Double] = [0.01, 0.1, 1, 3, 10, 30, 100]

  /// The number of folds k (the rows form k + 1 blocks).
  public var foldCount: Int
  /// The λ values tried.
  public var lambdas: [Double]
  /// Newton iteration limit for each fit.
  public var maxIterations: Int
  /// Convergence tolerance for each fit (see `LogisticRegression.tolerance`).
  public var tolerance: Double
  /// Stop walking a candidate's λ grid (largest first) after this many consecutive values
  /// that do not improve its best score; `nil` scores every pair.
  public var stopAfterRises: Int?

  /// Creates cross-validation settings.
  ///
  /// - Precondition: `foldCount` ≥ 1; `lambdas` non-empty, finite and ≥ 0;
  ///   `stopAfterRises` ≥ 1 when given.
  public init(
    foldCount: Int = 5, lambdas: [Double] = defaultLambdas, maxIterations: Int = 100,
    tolerance: Double = 1e-10, stopAfterRises: Int? = nil
  ) {
    precondition(foldCount >= 1, "need at least one fold")
    precondition(
      !lambdas.isEmpty && lambdas.allSatisfy { $0.isFinite && $0 >= 0 }, "invalid λ grid")
    precondition((stopAfterRises ?? 1) >= 1, "stopAfterRises must be at least 1")
    self.foldCount = foldCount
    self.lambdas = lambdas
    self.maxIterations = maxIterations
    self.tolerance = tolerance
    self.stopAfterRises = stopAfterRises
  }

  /// The folds for `rowCount` time-ordered rows (folds with an empty block are left out).
  public func folds(rowCount: Int) -> [Fold] {
    let blocks = foldCount + 1
    let boundary = { (j: Int) in j * rowCount / blocks }
    return (1...foldCount).compactMap { i in
      let fold = Fold(training: 0..<boundary(i), validation: boundary(i)..<boundary(i + 1))
      return fold.training.isEmpty || fold.validation.isEmpty ? nil : fold
    }
  }

  /// Cross-validates every λ on one design matrix.
  ///
  /// - Throws: `CalibrationError.noUsableFolds` when no fold can be fitted.
  /// - Complexity: about `foldCount · lambdas.count` logistic fits on up to n rows.
  public func selectLambda(_ x: DesignMatrix, labels: [Bool]) throws -> CrossValidationResult {
    try select([(nil, x)], labels: labels)
  }

  /// Cross-validates every (candidate, λ) pair: each candidate is an alternative design
  /// matrix for the same time-ordered rows (e.g. features built with one decay half-life),
  /// labelled by the value it stands for.
  ///
  /// - Throws: `CalibrationError.noUsableFolds` when no fold can be fitted.
  /// - Precondition: every matrix has one row per label.
  /// - Complexity: about `candidates.count · foldCount · lambdas.count` logistic fits.
  public func select(
    candidates: [(label: Double, matrix: DesignMatrix)], labels: [Bool]
  ) throws -> CrossValidationResult {
    try select(candidates.map { ($0.label, $0.matrix) }, labels: labels)
  }

  private func select(
    _ candidates: [(label: Double?, matrix: DesignMatrix)], labels: [Bool]
  ) throws -> CrossValidationResult {
    precondition(!candidates.isEmpty, "need at least one candidate")
    precondition(candidates.allSatisfy { $0.matrix.rowCount == labels.count }, "one label per row")
    let all = folds(rowCount: labels.count)
    let usable = all.filter { fold in
      let won = labels[fold.training].count(where: { $0 })
      return won > 0 && won < fold.training.count
    }
    guard !usable.isEmpty else { throw CalibrationError.noUsableFolds }
    var scores: [CrossValidationResult.Score] = []
    for candidate in candidates {
      let losses = try lambdaLosses(candidate.matrix, labels: labels, folds: usable)
      for (index, lambda) in lambdas.enumerated() {
        guard let perFold = losses[index] else { continue }
        scores.append(
          CrossValidationResult.Score(
            candidateLabel: candidate.label, lambda: lambda, foldLogLosses: perFold,
            meanLogLoss: Self.mean(perFold)))
      }
    }
    return CrossValidationResult(
      scores: scores, best: Self.best(of: scores), folds: usable,
      skippedFolds: all.filter { !usable.contains($0) })
  }

  /// Validation log loss per λ in grid order (outer; `nil` when the walk stopped before
  /// it) and per fold (inner). One regularisation path per fold, walked side by side from
  /// the largest λ down.
  private func lambdaLosses(
    _ x: DesignMatrix, labels: [Bool], folds: [Fold]
  ) throws -> [[Double]?] {
    let regression = LogisticRegression(maxIterations: maxIterations, tolerance: tolerance)
    // Each fold's matrix standardised on its own core (one fold's setup is O(n·q)).
    var paths = try ChunkedWork(count: folds.count, chunks: folds.count).map(each: { item in
      let fold = folds[item]
      return Result {
        try LogisticPath(
          regression, x: x.selectingRows(fold.training), labels: Array(labels[fold.training]))
      }
    }).map { try $0.get() }
    let validations = folds.map { (x.selectingRows($0.validation), Array(labels[$0.validation])) }
    var losses = [[Double]?](repeating: nil, count: lambdas.count)
    var best = Double.infinity
    var rises = 0
    for index in lambdas.indices.sorted(by: { lambdas[$0] > lambdas[$1] }) {
      let perFold = Self.step(&paths, lambda: lambdas[index], validations: validations)
      losses[index] = perFold
      let score = Self.mean(perFold)
      if score < best {
        best = score
        rises = 0
      } else if let limit = stopAfterRises {
        rises += 1
        if rises >= limit { break }
      }
    }
    return losses
  }

  /// Fits every fold's path at `lambda`, the folds side by side on the cores (each fold's
  /// arithmetic is its own, so the results do not depend on the cores), and returns each
  /// fold's mean validation log loss.
  private static func step(
    _ paths: inout [LogisticPath], lambda: Double,
    validations: [(matrix: DesignMatrix, labels: [Bool])]
  ) -> [Double] {
    let current = paths
    // The largest fold (the last: it trains on the most rows) starts first, so the cores
    // finish together.
    let latestFirst = ChunkedWork(count: current.count, chunks: current.count).flatMap { range in
      range.map { started in
        let fold = current.count - 1 - started
        var path = current[fold]
        let model = path.fit(lambda: lambda)
        let validation = validations[fold]
        let loss = LogLoss.mean(
          probabilities: model.probabilities(for: validation.matrix), labels: validation.labels)
        return (path: path, loss: loss ?? 0)
      }
    }
    let results = latestFirst.reversed()
    paths = results.map(\.path)
    return results.map(\.loss)
  }

  private static func mean(_ values: [Double]) -> Double {
    values.reduce(0, +) / Double(values.count)
  }

  /// The lowest mean log loss; exact ties to the larger λ, then the earlier candidate.
  private static func best(
    of scores: [CrossValidationResult.Score]
  ) -> CrossValidationResult.Score {
    var best = scores[0]
    for score in scores.dropFirst() {
      if score.meanLogLoss < best.meanLogLoss
        || (score.meanLogLoss == best.meanLogLoss && score.candidateLabel == best.candidateLabel
          && score.lambda > best.lambda)
      {
        best = score
      }
    }
    return best
  }
}
