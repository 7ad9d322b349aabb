/// The fitting half of a calibration (``CalibrationRun/fit(_:asOf:)``): the training set
/// with the chosen decay, the out-of-time split, how λ and the half-life were chosen, and
/// the fitted logistic model.
public struct CalibrationFit: Hashable, Sendable {
  /// How λ was chosen.
  public enum LambdaChoice: Hashable, Sendable {
    /// Given by the user.
    case given
    /// Chosen by time-ordered cross-validation.
    case crossValidated
    /// Cross-validation was impossible; a fallback value was used.
    case fallback
  }

  /// Every closed deal (training and holdout rows), features computed with the chosen decay.
  public let trainingSet: TrainingSet
  /// Which rows train and which are held out.
  public let split: HoldoutSplit
  /// The cross-validation scores, `nil` when λ was given and the decay not learned, or when
  /// no fold could be fitted.
  public let crossValidation: CrossValidationResult?
  /// How λ was chosen.
  public let lambdaChoice: LambdaChoice
  /// λ as given or chosen, before the small-data policy.
  public let selectedLambda: Double
  /// The learned half-life in days, `nil` when the base model's decay was kept.
  public let halfLifeDays: Double?
  /// The small-data assessment of the training deals.
  public let smallData: SmallDataAssessment
  /// The model fitted on the training rows with `model.lambda` (λ after the small-data
  /// policy).
  public let model: LogisticModel
  /// What a person should know about the fit, in plain language.
  public let warnings: [CalibrationWarning]

  /// The training rows' features.
  public var trainingFeatures: DesignMatrix {
    trainingSet.features.selectingRows(split.trainingRows)
  }

  /// The holdout rows' features.
  public var holdoutFeatures: DesignMatrix {
    trainingSet.features.selectingRows(split.holdoutRows)
  }

  /// The training rows' outcomes.
  public var trainingLabels: [Bool] { split.trainingRows.map { trainingSet.deals[$0].won } }

  /// The holdout rows' outcomes.
  public var holdoutLabels: [Bool] { split.holdoutRows.map { trainingSet.deals[$0].won } }
}
