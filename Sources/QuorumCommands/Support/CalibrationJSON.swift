import Foundation
import QuorumAnalytics

/// The JSON `quorum calibrate --json` prints and the metrics stored with a model version.
///
/// Keys are snake_case and sorted on output, numbers are plain JSON numbers, an undefined
/// value (the AUC of a one-class holdout, a missing holdout) is `null`; nothing is NaN.
enum CalibrationJSON {
  /// The metrics of a calibration, as stored in the `models` table.
  static func metrics(_ result: CalibrationResult) -> [String: Any] {
    let fit = result.fit
    return [
      "lambda": result.lambda,
      "lambda_selected": fit.selectedLambda,
      "lambda_choice": lambdaChoice(fit.lambdaChoice),
      "half_life_days": result.halfLifeDays,
      "half_life_learned": fit.halfLifeDays != nil,
      "n_train": fit.split.trainingRows.count,
      "n_holdout": fit.split.holdoutRows.count,
      "train": evaluation(result.train),
      "holdout": result.holdout.map(evaluation) ?? NSNull(),
      "training_window": window(result.trainingWindow),
      "holdout_window": window(result.holdoutWindow),
      "converged": fit.model.convergence.converged,
      "iterations": fit.model.convergence.iterations,
      "comparison": result.comparison.map(comparison) ?? NSNull(),
      "psi": result.stability.map(stability) ?? NSNull(),
      "warnings": result.warnings.map { ["code": $0.code, "message": $0.description] },
    ]
  }

  /// The `--json` object: the metrics plus the stored model's id, version and state.
  static func report(_ result: CalibrationResult, modelID: Int64, activated: Bool) -> String {
    var object = metrics(result)
    object["model_id"] = modelID
    object["version"] = result.document.version
    object["activated"] = activated
    return text(object)
  }

  /// `object` as pretty-printed JSON with sorted keys.
  static func text(_ object: Any) -> String {
    let data =
      (try? JSONSerialization.data(
        withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]))
      ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  /// Parses stored metrics text back into an object, `nil` when absent or not an object.
  static func parse(_ text: String?) -> [String: Any]? {
    guard let text else { return nil }
    return (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
  }

  private static func evaluation(_ evaluation: ClassifierEvaluation) -> [String: Any] {
    [
      "n": evaluation.count, "won": evaluation.positives,
      "auc": evaluation.auc as Any? ?? NSNull(), "log_loss": evaluation.logLoss,
      "brier": evaluation.brier, "ece": evaluation.expectedCalibrationError,
    ]
  }

  private static func window(_ range: ClosedRange<Timestamp>?) -> Any {
    guard let range else { return NSNull() }
    return ["from": range.lowerBound.iso8601, "to": range.upperBound.iso8601]
  }

  private static func lambdaChoice(_ choice: CalibrationFit.LambdaChoice) -> String {
    switch choice {
    case .given: "given"
    case .crossValidated: "cross_validated"
    case .fallback: "fallback"
    }
  }

  private static func comparison(_ comparison: BaselineComparison) -> [String: Any] {
    let deltas = comparison.comparison.deltas
    var mapping: [String: Any] = ["kind": "calibrated"]
    if case .fittedToScore(let intercept, let slope) = comparison.mapping {
      mapping = ["kind": "fitted_to_score", "intercept": intercept, "slope": slope]
    }
    return [
      "baseline": comparison.label, "baseline_version": comparison.version,
      "baseline_mapping": mapping,
      "baseline_holdout": evaluation(comparison.comparison.baseline),
      "deltas": [
        "auc": deltas.auc as Any? ?? NSNull(), "log_loss": deltas.logLoss, "brier": deltas.brier,
        "ece": deltas.expectedCalibrationError,
      ],
      "feature_deltas": comparison.comparison.featureDeltas.map { delta in
        [
          "feature": delta.name, "baseline_points": delta.baselinePoints as Any? ?? NSNull(),
          "new_points": delta.candidatePoints as Any? ?? NSNull(), "delta": delta.delta,
        ]
      },
    ]
  }

  private static func stability(_ stability: CalibrationResult.Stability) -> [String: Any] {
    [
      "value": stability.index.value, "shift": stability.index.shift.rawValue,
      "from": stability.from.iso8601, "to": stability.to.iso8601,
    ]
  }
}
