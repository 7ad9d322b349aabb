import Foundation
import QuorumAnalytics
import QuorumStore
import Testing

@testable import QuorumCommands

@Suite struct ModelReportTests {
  /// Metrics in the shape `quorum calibrate` stores (snake_case keys, `null` for undefined).
  static let metrics = """
    {
      "half_life_days": 30, "lambda": 0.1, "n_train": 40, "n_holdout": 3,
      "train": {"n": 40, "won": 12, "auc": 0.81, "log_loss": 0.48, "brier": 0.16, "ece": 0.04},
      "holdout": {"n": 3, "won": 2, "auc": 0.75, "log_loss": 0.52, "brier": 0.18, "ece": 0.07},
      "training_window": {"from": "2023-01-01T00:00:00.000Z", "to": "2024-02-28T00:00:00.000Z"},
      "holdout_window": {"from": "2024-03-01T00:00:00.000Z", "to": "2024-12-31T00:00:00.000Z"},
      "comparison": {
        "baseline": "active model #1", "baseline_version": "1.0.0",
        "baseline_holdout": {"n": 3, "won": 2, "auc": 0.5, "log_loss": 0.69, "brier": 0.25,
                             "ece": 0.2},
        "deltas": {"auc": 0.25, "log_loss": -0.17, "brier": -0.07, "ece": -0.13},
        "feature_deltas": [
          {"feature": "engagement.demo_requested", "baseline_points": 20, "new_points": 31.5,
           "delta": 11.5}
        ]
      },
      "psi": {"value": 0.137, "shift": "moderate", "from": "2024-12-31T00:00:00.000Z",
              "to": "2025-06-30T00:00:00.000Z"},
      "warnings": [{"code": "small_holdout", "message": "only 3 holdout deals"}]
    }
    """

  /// A calibrated version of the default model, stored and activated with `metrics`.
  static func storeCalibratedModel(in fixture: ReportFixture) throws {
    var model = ScoringModel.default
    model.version = "2025.06-1"
    model.calibration = ScoringModel.Calibration(
      intercept: -1, coefficients: ["fit.industry.core": 0.8, "engagement.demo_requested": 0.4])
    let database = try QuorumDatabase.open(path: fixture.database)
    try database.execute(
      """
      INSERT INTO models (created_at, name, version, metrics, document, is_active)
      VALUES ('2025-07-01T00:00:00Z', ?, ?, ?, ?, 1)
      """,
      [
        .text(model.name), .text(model.version), .text(metrics),
        .text(String(decoding: model.encoded(), as: UTF8.self)),
      ])
  }

  @Test func anUncalibratedModelShowsItsPointsAndSaysHowToCalibrate() throws {
    let fixture = try ReportFixture()
    #expect(fixture.report("model", ["--out", fixture.path("out")]).status == .success)
    let html = try fixture.text("out/model.html")
    #expect(html.contains("No calibrated model yet"))
    #expect(html.contains("quorum calibrate"))
    #expect(html.contains("fit.industry.core"))
    let csv = try fixture.text("out/model.csv")
    #expect(csv.hasPrefix("section,feature,rule,points,half_life_days,cap\n"))
    #expect(
      csv.contains("engagement,engagement.demo_requested,\"per event, decayed\",20.00,60,40\n"))
    #expect(try fixture.files(in: "out") == ["index.html", "model.csv", "model.html"])
  }

  @Test func aStoredCalibratedModelShowsHoldoutComparisonAndStability() throws {
    let fixture = try ReportFixture()
    try Self.storeCalibratedModel(in: fixture)
    let result = fixture.report("model", ["--out", fixture.path("out")])
    #expect(result.status == .success, "\(result.errors)")
    let html = try fixture.text("out/model.html")
    #expect(html.contains("<dd>quorum-default 2025.06-1</dd>"))
    #expect(html.contains("Out-of-time validation"))
    #expect(html.contains("The holdout is the deals opened 2024-03-01 to 2024-12-31"))
    #expect(html.contains("Comparison with the previous model"))
    #expect(html.contains("Population stability"))
    #expect(html.contains("small_holdout"))
    #expect(html.contains("<svg"))
    let files = try fixture.files(in: "out")
    for name in [
      "model-metrics.csv", "model-reliability.csv", "model-lift.csv", "model-comparison.csv",
      "model-feature-deltas.csv",
    ] {
      #expect(files.contains(name), "\(name)")
    }
    let metrics = try fixture.text("out/model-metrics.csv")
    #expect(metrics.contains("holdout (stored),3,2,0.750,0.520,0.180,0.070\n"))
    // O1 and O4 (won) and O2 (lost) opened in the holdout window and closed.
    #expect(metrics.contains("holdout (recomputed),3,2,"))
    let comparison = try fixture.text("out/model-comparison.csv")
    #expect(comparison.contains("ROC AUC,0.500,0.750,0.250\n"))
    let points = try fixture.text("out/model.csv")
    #expect(points.contains("calibration,fit.industry.core,per unit,23.08,,\n"))
  }

  @Test func theConversionReportDrawsTheReliabilityOfACalibratedModel() throws {
    let fixture = try ReportFixture()
    try Self.storeCalibratedModel(in: fixture)
    #expect(fixture.report("conversion", ["--out", fixture.path("out")]).status == .success)
    let html = try fixture.text("out/conversion-by-score.html")
    #expect(!html.contains("No calibrated model yet"))
    #expect(try fixture.files(in: "out").contains("conversion-by-score-reliability.csv"))
  }
}
