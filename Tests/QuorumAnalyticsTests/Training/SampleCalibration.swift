import Testing

@testable import QuorumAnalytics

/// The synthetic sample (300 accounts) indexed for calibration once, and one calibration of
/// it (λ = 10, compared with the built-in default model), shared by the tests that only read
/// them.
enum SampleCalibration {
  static let asOf = SyntheticSample.settings.asOf

  static let builder: TrainingSetBuilder? = {
    do {
      return try TrainingSetBuilder(data: SyntheticSample.merged, model: .default)
    } catch {
      Issue.record("indexing failed: \(error)")
      return nil
    }
  }()

  static let result: CalibrationResult? = {
    guard let builder else { return nil }
    do {
      return try CalibrationRun(settings: CalibrationSettings(lambda: 10)).run(
        builder: builder, baseline: CalibrationBaseline(model: .default, label: "default"),
        asOf: asOf, version: "cal-test-1")
    } catch {
      Issue.record("calibration failed: \(error)")
      return nil
    }
  }()
}
