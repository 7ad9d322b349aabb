import Foundation
import QuorumAnalytics

/// The validation metrics `quorum calibrate` stores with a model version (the `metrics`
/// JSON of the models table), read leniently: every field is optional, so an older or newer
/// document still shows what it has.
struct StoredModelMetrics: Decodable, Sendable {
  /// Accuracy and calibration of forecasts on one set of deals.
  struct Evaluation: Decodable, Sendable {
    var n: Int?
    var won: Int?
    var auc: Double?
    var logLoss: Double?
    var brier: Double?
    var ece: Double?
  }

  /// A span of deal creation dates (ISO 8601).
  struct Window: Decodable, Sendable {
    var from: String?
    var to: String?

    /// The span as a report window, when both ends parse.
    var reportingWindow: ReportingWindow? {
      guard let from = from.flatMap(Self.parse), let to = to.flatMap(Self.parse) else {
        return nil
      }
      return try? ReportingWindow(from: from, to: to)
    }

    /// `2025-01-03 to 2026-03-31`, or `nil`.
    var text: String? {
      guard let from, let to else { return nil }
      return "\(from.prefix(10)) to \(to.prefix(10))"
    }

    private static func parse(_ text: String) -> Timestamp? {
      try? Timestamp.parseISO8601(text).get()
    }
  }

  /// Metric differences, new − baseline.
  struct Deltas: Decodable, Sendable {
    var auc: Double?
    var logLoss: Double?
    var brier: Double?
    var ece: Double?
  }

  /// How one feature's points moved.
  struct FeatureDelta: Decodable, Sendable {
    var feature: String?
    var baselinePoints: Double?
    var newPoints: Double?
    var delta: Double?
  }

  /// The comparison with the model active when calibrating, on the same holdout deals.
  struct Comparison: Decodable, Sendable {
    var baseline: String?
    var baselineVersion: String?
    var baselineHoldout: Evaluation?
    var deltas: Deltas?
    var featureDeltas: [FeatureDelta]?
  }

  /// The population stability index of the score distribution.
  struct Stability: Decodable, Sendable {
    var value: Double?
    var shift: String?
    var from: String?
    var to: String?
  }

  /// A warning the calibration raised.
  struct Warning: Decodable, Sendable {
    var code: String?
    var message: String?
  }

  var lambda: Double?
  var halfLifeDays: Double?
  var nTrain: Int?
  var nHoldout: Int?
  var train: Evaluation?
  var holdout: Evaluation?
  var trainingWindow: Window?
  var holdoutWindow: Window?
  var comparison: Comparison?
  var psi: Stability?
  var warnings: [Warning]?

  /// The metrics in `text`, or `nil` when there is none or it is not such a JSON object.
  static func parse(_ text: String?) -> StoredModelMetrics? {
    guard let text, !text.isEmpty else { return nil }
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try? decoder.decode(StoredModelMetrics.self, from: Data(text.utf8))
  }
}
