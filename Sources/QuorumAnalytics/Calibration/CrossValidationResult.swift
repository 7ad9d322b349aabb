/// What `TimeOrderedCrossValidation` found: the score of every (candidate, λ) pair, the
/// winner, and which folds were used.
public struct CrossValidationResult: Hashable, Sendable {
  /// The cross-validated score of one (candidate, λ) pair.
  public struct Score: Hashable, Sendable {
    /// The candidate's label (e.g. a half-life in days), `nil` for `selectLambda`.
    public let candidateLabel: Double?
    /// The penalty.
    public let lambda: Double
    /// Mean validation log loss in each usable fold, in fold order.
    public let foldLogLosses: [Double]
    /// The mean of `foldLogLosses`: the selection criterion.
    public let meanLogLoss: Double
  }

  /// Every score, candidate by candidate, λ in grid order within each (pairs an early stop
  /// skipped are absent; see `TimeOrderedCrossValidation.stopAfterRises`).
  public let scores: [Score]
  /// The selected pair.
  public let best: Score
  /// The folds that were fitted and validated.
  public let folds: [TimeOrderedCrossValidation.Fold]
  /// Folds left out because their training window lacked won or lost deals.
  public let skippedFolds: [TimeOrderedCrossValidation.Fold]
}
