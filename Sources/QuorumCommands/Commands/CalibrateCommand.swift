import Foundation
import QuorumAnalytics
import QuorumStore

/// `quorum calibrate`: fits the scoring weights to won and lost deals, validates them out of
/// time against the active model, and stores the result as a new model version.
struct CalibrateCommand: QuorumCommand {
  static let configuration = CommandConfiguration(
    name: "calibrate",
    abstract: "Fit the scoring weights to won and lost deals, validated out of time.",
    discussion: """
      Builds one training row per closed (won or lost) opportunity: its account's features — \
      fit, decayed engagement per activity type, committee, framework answers — computed by \
      the scorer's own code from rows strictly before the deal opened, so nothing learned \
      after it opened can leak in. Fits an L2-regularised logistic regression (λ by \
      time-ordered cross-validation unless --lambda), holds out the most recent 20% of deals \
      (--holdout-from overrides), and reports ROC AUC, log loss, Brier score, calibration \
      error, reliability and lift on training and holdout, side by side with the active \
      model on the same holdout deals.

      The weights become scorecard points (600 points at even odds, 20 points double the \
      odds) in a new scoring-model document, stored as a new version: 'quorum models' lists \
      versions, 'quorum models activate ID' applies one (or rolls back), and 'quorum score' \
      and 'quorum rank' then show each account's calibrated win probability.
      """,
    examples: [
      CommandExample("quorum calibrate", "Calibrate on every deal closed so far"),
      CommandExample(
        "quorum calibrate --fit-decay --activate", "Also learn the decay, then use the model"),
      CommandExample(
        "quorum calibrate --holdout-from 2026-07-01 --json", "Hold out Q3, print JSON"),
      CommandExample(
        "quorum calibrate --export-training-set training.csv", "Save the training set"),
    ])

  static let holdoutFrom = Option<Timestamp?>(
    "holdout-from", valueName: "date", default: nil,
    help: "Hold out the deals created at or after this date (default: the most recent 20%).")
  static let lambda = Option<Double?>(
    "lambda", valueName: "x", default: nil,
    help: "Use this L2 penalty instead of choosing it by time-ordered cross-validation.",
    validate: { ($0 ?? 0) >= 0 ? nil : "must not be negative" })
  static let fitDecay = Flag(
    "fit-decay", help: "Also learn the engagement half-life (7, 14, 30, 60 or 90 days).")
  static let exportTrainingSet = Option<String?>(
    "export-training-set", valueName: "file", default: nil,
    help: "Write the training set (opportunity_id, created_at, label, features) as CSV.")
  static let activate = Flag("activate", help: "Make the new model the active one.")
  static let json = Flag("json", help: "Print one JSON object instead of the report.")

  static var arguments: [any ArgumentSpec] {
    [
      AsOfOption.option, holdoutFrom, lambda, fitDecay, exportTrainingSet, activate, json,
      ModelResolution.option, StandardOptions.database, StandardOptions.quiet,
    ]
  }

  var asOf: Timestamp?
  var holdoutFrom: Timestamp?
  var lambda: Double?
  var fitDecay: Bool
  var exportPath: String?
  var activate: Bool
  var json: Bool
  var modelPath: String?
  var database: String

  init(arguments: ParsedArguments) throws {
    asOf = arguments[AsOfOption.option]
    holdoutFrom = arguments[Self.holdoutFrom]
    lambda = arguments[Self.lambda]
    fitDecay = arguments[Self.fitDecay]
    exportPath = arguments[Self.exportTrainingSet]
    activate = arguments[Self.activate]
    json = arguments[Self.json]
    modelPath = arguments[ModelResolution.option]
    database = arguments[StandardOptions.database]
  }

  func run(context: CommandContext) throws {
    var timer = PhaseTimer(clock: context.clock)
    let session = try AnalysisSession.open(
      databasePath: context.resolvedPath(database), modelPath: modelPath,
      contactColumns: .scoring, context: context)
    let date = asOf ?? .now
    let calibration = CalibrationRun(settings: settings())
    timer.lap("load")
    let activities = session.activities
    let builder: TrainingSetBuilder
    do {
      builder = try TrainingSetBuilder(
        data: session.data, model: session.model, activities: activities)
    } catch {
      throw CommandError.data("scoring model '\(session.modelOrigin)': \(error)")
    }
    timer.lap("index")
    let sets = calibration.trainingSets(from: builder, asOf: date)
    timer.lap("training set")
    let fit: CalibrationFit
    do {
      fit = try calibration.fit(sets, builder: builder)
    } catch {
      throw cannotFit(error, deals: sets[0], asOf: date)
    }
    timer.lap("λ search and fit")
    if let exportPath {
      try write(CalibrationTrainingCSV.text(fit.trainingSet), to: context.resolvedPath(exportPath))
    }
    let store = ModelStore(database: session.database)
    let result = try calibration.evaluate(
      fit, builder: builder, baseline: try baseline(session.database, model: session.model),
      asOf: date, version: try nextVersion(store, asOf: date))
    timer.lap("evaluation")
    let modelID = try StoreAccess.run { try save(result, in: store) }
    timer.lap("store")
    context.standardOutput.write(
      json
        ? CalibrationJSON.report(result, modelID: modelID, activated: activate) + "\n"
        : CalibrationReport.render(
          result,
          storage: .init(modelID: modelID, activated: activate, baseOrigin: session.modelOrigin))
          + "\n")
    timer.report(
      command: "calibrate",
      detail: "\(fit.trainingSet.deals.count) deals × \(fit.trainingSet.features.columnCount) "
        + "features; ", context: context)
    context.keepUntilExit((session.analysisValues, builder, fit, result))
  }

  /// The run's settings from the command line.
  private func settings() -> CalibrationSettings {
    var settings = CalibrationSettings(lambda: lambda)
    if let holdoutFrom { settings.holdout.boundary = .from(holdoutFrom) }
    if fitDecay { settings.halfLives = CalibrationSettings.defaultHalfLives }
    return settings
  }

  /// The model `quorum score` uses without `--model`: the active one, else the default.
  private func baseline(_ database: Database, model: ScoringModel) throws -> CalibrationBaseline {
    guard let active = try StoreAccess.run({ try ModelStore(database: database).active() }) else {
      return CalibrationBaseline(model: .default, label: "the built-in default model")
    }
    do {
      return CalibrationBaseline(
        model: try ScoringModel.decode(from: Data(active.document.utf8)),
        label: "active model #\(active.id) (\(active.version))")
    } catch {
      throw CommandError.data("stored model #\(active.id) is invalid: \(error)")
    }
  }

  /// `cal-YYYYMMDD-N`: today's date and the next free number.
  /// `cal-<as-of date>-N`, the first N not taken: named after the data's date, not the
  /// clock's, so the same database and flags always give the same version (and reports).
  private func nextVersion(_ store: ModelStore, asOf: Timestamp) throws -> String {
    let taken = Set(try StoreAccess.run { try store.all() }.map(\.version))
    let prefix = "cal-" + asOf.isoDate.replacingOccurrences(of: "-", with: "") + "-"
    var number = 1
    while taken.contains(prefix + "\(number)") { number += 1 }
    return prefix + "\(number)"
  }

  private func save(_ result: CalibrationResult, in store: ModelStore) throws -> Int64 {
    let id = try store.save(
      ModelStore.Entry(
        id: 0, createdAt: Timestamp.now.iso8601, name: result.document.name,
        version: result.document.version,
        trainingFrom: result.trainingWindow?.lowerBound.iso8601,
        trainingTo: result.trainingWindow?.upperBound.iso8601, lambda: result.lambda,
        halfLifeDays: result.halfLifeDays,
        metrics: CalibrationJSON.text(CalibrationJSON.metrics(result)),
        document: String(decoding: result.document.encoded(), as: UTF8.self), isActive: false))
    if activate { try store.activate(id: id) }
    return id
  }

  private func write(_ text: String, to path: String) throws {
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw CommandError.io("cannot write '\(path)': \(error.localizedDescription)")
    }
  }

  /// A data error explaining why no model could be fitted.
  private func cannotFit(_ error: any Error, deals: TrainingSet, asOf: Timestamp) -> CommandError {
    guard case CalibrationError.singleClass(let won, let lost) = error else {
      return CommandError.data("cannot calibrate: \(error)")
    }
    if deals.deals.isEmpty {
      return CommandError.data(
        "cannot calibrate: no opportunity closed won or lost by \(asOf.isoDate); "
          + "import opportunities.csv with closed deals first")
    }
    let window = holdoutFrom.map { "created before \($0.isoDate)" } ?? "in the training window"
    return CommandError.data(
      "cannot calibrate: the \(won + lost) deals \(window) include \(won) won and \(lost) lost; "
        + "both are needed (\(deals.deals.count) closed deals by \(asOf.isoDate))")
  }
}
