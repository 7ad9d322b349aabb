import QuorumAnalytics
import QuorumReports
import QuorumStore

/// `model`: the points table of the scoring model in use and, once `quorum calibrate` has
/// stored it with metrics, its out-of-time validation: holdout metrics, reliability and lift
/// on the holdout deals, the comparison with the model it replaced, and the population
/// stability index.
enum ModelReport {
  /// How many feature changes the page lists (the CSV has all).
  static let featureDeltasShown = 15

  static func build(_ analysis: ReportAnalysis) throws -> ReportDocument {
    let model = analysis.model
    let stored = analysis.storedModels.last {
      $0.name == model.name && $0.version == model.version
    }
    let metrics = StoredModelMetrics.parse(stored?.metrics)
    let points = ModelPointsTable.table(model)
    var more: [(String, ReportTable)] = []
    var page = ReportPage(analysis.metadata(.model, windowed: false))
    page.addSection("Headline") { section in
      section.figures(headline(model, stored: stored, metrics: metrics))
      section.paragraph(
        "In use: \(analysis.session.modelOrigin)."
          + (stored.map { " Stored as model #\($0.id)\($0.isActive ? ", active" : "")." } ?? ""))
      if model.calibration == nil {
        section.callout(
          .note, title: "No calibrated model yet",
          "These are the built-in (or hand-written) points. Run 'quorum calibrate' to fit them "
            + "to your won and lost deals with an out-of-time holdout, then 'quorum models "
            + "activate ID'; this page then shows the holdout metrics, reliability and lift, "
            + "the comparison with the previous model and the population stability index.")
      }
      for warning in metrics?.warnings ?? [] {
        section.callout(.warning, title: warning.code, warning.message ?? "")
      }
    }
    if model.calibration != nil {
      try validation(analysis, metrics: metrics, page: &page, more: &more)
    }
    if let comparison = metrics?.comparison {
      let tables = comparisonTables(comparison, metrics: metrics)
      page.addSection("Comparison with the previous model") { section in
        section.paragraph(
          "Against \(comparison.baseline ?? "the model active at calibration")"
            + (comparison.baselineVersion.map { " (\($0))" } ?? "")
            + " on the same holdout deals; deltas are this model − previous, so a better model "
            + "has a positive AUC delta and negative log-loss, Brier and calibration-error deltas.")
        section.table(
          tables.metrics.forPage([
            PageColumn("metric", "Holdout metric"), PageColumn("previous", "Previous model"),
            PageColumn("this_model", "This model"), PageColumn("delta", "Change"),
          ]))
        section.table(
          tables.features.prefix(featureDeltasShown).forPage(
            [
              PageColumn("feature", "Feature"), PageColumn("previous_points", "Previous points"),
              PageColumn("new_points", "New points"), PageColumn("delta", "Change"),
            ],
            title: "The \(featureDeltasShown) largest changes in points per unit",
            note: "Largest changes first; a feature missing from one model counts as 0 there. "
              + "Every feature is in \(ReportKind.model.csvFile(suffix: "feature-deltas"))."))
      }
      more += [("comparison", tables.metrics), ("feature-deltas", tables.features)]
    }
    if let psi = metrics?.psi, let value = psi.value {
      page.addSection("Population stability") { section in
        stability(psi, value: value, into: &section)
      }
    }
    page.addSection("Points") { section in
      section.paragraph(ModelPointsTable.explanation(model))
      section.table(
        points.forPage([
          PageColumn("section", "Section"), PageColumn("feature", "Feature"),
          PageColumn("rule", "Rule"), PageColumn("points", "Points"),
          PageColumn("half_life_days", "Half-life (days)"), PageColumn("cap", "Cap"),
        ]))
      section.table(ModelPointsTable.stageTable(model))
    }
    return ReportDocument(kind: .model, page: page, main: points, more: more)
  }

  private static func headline(
    _ model: ScoringModel, stored: ModelStore.Entry?, metrics: StoredModelMetrics?
  ) -> [ReportFigure] {
    var figures = [
      ReportFigure(
        "Features with points", .integer(featureCount(model)), .integer,
        detail: model.calibration == nil ? "fit, activity, framework rules" : "scorecard")
    ]
    if let window = metrics?.trainingWindow?.text {
      figures.append(
        ReportFigure(
          "Trained on", .integer(metrics?.nTrain), .integer, detail: "deals opened \(window)"))
    }
    if let holdout = metrics?.holdout {
      figures += [
        ReportFigure(
          "Holdout AUC", .number(holdout.auc), .decimal(places: 3),
          detail: holdout.n.map { "\($0) deals, \(holdout.won ?? 0) won" }),
        ReportFigure("Holdout log loss", .number(holdout.logLoss), .decimal(places: 3)),
        ReportFigure("Holdout Brier", .number(holdout.brier), .decimal(places: 3)),
      ]
    }
    return figures
  }

  private static func featureCount(_ model: ScoringModel) -> Int {
    if let calibration = model.calibration { return calibration.points.count { $0.value != 0 } }
    let fit = model.fit
    return fit.industries.count + fit.employees.count + fit.revenue.count
      + fit.geographies.count + model.engagement.activities.count
      + model.frameworks.criteria.count + model.disqualifiers.count
  }

  /// Holdout metrics and, from the win probabilities each holdout deal had when it opened,
  /// the reliability diagram and lift; without stored metrics, the same on the deals closed
  /// in the report window.
  private static func validation(
    _ analysis: ReportAnalysis, metrics: StoredModelMetrics?, page: inout ReportPage,
    more: inout [(String, ReportTable)]
  ) throws {
    let inputs = try analysis.inputs()
    let holdout = metrics?.holdoutWindow?.reportingWindow
    let forecasts = inputs.closedDealForecasts(openedIn: holdout ?? .all)
    let evaluation = try? ClassifierEvaluation(
      probabilities: forecasts.probabilities, labels: forecasts.won)
    let metricsTable = self.metricsTable(metrics: metrics, recomputed: evaluation)
    let heading =
      holdout == nil
      ? "Validation on the deals closed so far" : "Out-of-time validation"
    page.addSection(heading) { section in
      if let window = metrics?.holdoutWindow?.text {
        section.paragraph(
          "The holdout is the deals opened \(window), which the model was not fitted on. Each "
            + "forecast is the win probability the deal had when it opened.")
      } else {
        section.callout(
          .warning, title: "No stored holdout",
          "This model has no stored validation metrics (it was not stored by 'quorum "
            + "calibrate'), so it is checked on every deal closed by the as-of date — which "
            + "may include the deals it was fitted on.")
      }
      section.table(
        metricsTable.forPage([
          PageColumn("set", "Deals evaluated"), PageColumn("deals", "Deals"),
          PageColumn("won", "Won"), PageColumn("auc", "AUC"), PageColumn("log_loss", "Log loss"),
          PageColumn("brier", "Brier"), PageColumn("ece", "ECE"),
        ]))
      guard let evaluation else {
        section.callout(.note, "No closed deal with a forecast: nothing to compare with.")
        return
      }
      section.chart(
        .reliability(ReliabilityReport.diagram(evaluation.reliability, title: "Reliability")))
      section.chart(
        .lift(
          LiftChart(
            title: "Lift by win-probability decile",
            caption: "Deals sorted by forecast, highest first, in ten equal groups.",
            lifts: evaluation.lift.groups.map { $0.lift ?? 0 },
            labels: evaluation.lift.groups.map { "\($0.rank)" },
            groupAxisLabel: "Win-probability decile (1 = highest)")))
    }
    more.append(("metrics", metricsTable))
    if let evaluation {
      more += [
        ("reliability", ReliabilityReport.table(evaluation.reliability)),
        ("lift", liftTable(evaluation.lift)),
      ]
    }
  }

  private static func metricsTable(
    metrics: StoredModelMetrics?, recomputed: ClassifierEvaluation?
  ) -> ReportTable {
    var table = ReportTable(
      title: "Accuracy and calibration",
      columns: [
        ReportColumn("set"), ReportColumn("deals", .integer), ReportColumn("won", .integer),
        ReportColumn("auc", .decimal(places: 3)), ReportColumn("log_loss", .decimal(places: 3)),
        ReportColumn("brier", .decimal(places: 3)), ReportColumn("ece", .decimal(places: 3)),
      ],
      note: "AUC: chance that a won deal outscored a lost one (0.5 = coin flip). Log loss and "
        + "Brier: lower is better. ECE: expected calibration error, the mean gap between "
        + "forecast and observed win rate.")
    func append(_ name: String, _ evaluation: StoredModelMetrics.Evaluation?) {
      guard let evaluation else { return }
      table.append([
        .text(name), .integer(evaluation.n), .integer(evaluation.won), .number(evaluation.auc),
        .number(evaluation.logLoss), .number(evaluation.brier), .number(evaluation.ece),
      ])
    }
    append("training (stored)", metrics?.train)
    append("holdout (stored)", metrics?.holdout)
    if let recomputed {
      table.append([
        .text(metrics?.holdoutWindow == nil ? "closed deals (recomputed)" : "holdout (recomputed)"),
        .integer(recomputed.count), .integer(recomputed.positives), .number(recomputed.auc),
        .number(recomputed.logLoss), .number(recomputed.brier),
        .number(recomputed.expectedCalibrationError),
      ])
    }
    return table
  }

  private static func liftTable(_ lift: LiftTable) -> ReportTable {
    var table = ReportTable(
      title: "Lift by win-probability decile",
      columns: [
        ReportColumn("decile", .integer), ReportColumn("deals", .integer),
        ReportColumn("won", .integer), ReportColumn("win_rate", .percent(places: 1)),
        ReportColumn("lift", .decimal(places: 2)),
        ReportColumn("cumulative_share_of_wins", .percent(places: 1)),
        ReportColumn("lowest_forecast", .percent(places: 1)),
        ReportColumn("highest_forecast", .percent(places: 1)),
      ])
    for group in lift.groups {
      table.append([
        .integer(group.rank), .integer(group.count), .integer(group.positives),
        .number(group.rate), .number(group.lift), .number(group.cumulativeCapture),
        .number(group.minimumScore), .number(group.maximumScore),
      ])
    }
    return table
  }

  private static func comparisonTables(
    _ comparison: StoredModelMetrics.Comparison, metrics: StoredModelMetrics?
  ) -> (metrics: ReportTable, features: ReportTable) {
    var table = ReportTable(
      title: "Holdout metrics, previous model against this one",
      columns: [
        ReportColumn("metric"), ReportColumn("previous", .decimal(places: 3)),
        ReportColumn("this_model", .decimal(places: 3)), ReportColumn("delta", .decimal(places: 3)),
      ])
    let previous = comparison.baselineHoldout
    let current = metrics?.holdout
    let deltas = comparison.deltas
    let rows: [(String, Double?, Double?, Double?)] = [
      ("ROC AUC", previous?.auc, current?.auc, deltas?.auc),
      ("log loss", previous?.logLoss, current?.logLoss, deltas?.logLoss),
      ("Brier score", previous?.brier, current?.brier, deltas?.brier),
      ("calibration error (ECE)", previous?.ece, current?.ece, deltas?.ece),
    ]
    for (name, before, after, delta) in rows {
      table.append([.text(name), .number(before), .number(after), .number(delta)])
    }
    var features = ReportTable(
      title: "Points per unit that moved most",
      columns: [
        ReportColumn("feature"), ReportColumn("previous_points", .decimal(places: 2)),
        ReportColumn("new_points", .decimal(places: 2)), ReportColumn("delta", .decimal(places: 2)),
      ],
      note: "Largest changes first; a feature missing from one model counts as 0 there.")
    for delta in comparison.featureDeltas ?? [] {
      features.append([
        .text(delta.feature), .number(delta.baselinePoints), .number(delta.newPoints),
        .number(delta.delta),
      ])
    }
    return (table, features)
  }

  private static func stability(
    _ psi: StoredModelMetrics.Stability, value: Double, into section: inout ReportSection
  ) {
    section.figures([
      ReportFigure(
        "PSI", .number(value), .decimal(places: 3), detail: psi.shift.map { "\($0) shift" })
    ])
    section.paragraph(
      "Population stability index of the account scores"
        + (psi.from.flatMap { from in psi.to.map { " from \(from.prefix(10)) to \($0.prefix(10))" }
        }
          ?? "")
        + ": below 0.10 no significant shift, 0.10–0.25 worth a look, 0.25 or more a "
        + "significant shift (Siddiqi 2006).")
    if value >= 0.1 {
      section.callout(
        .warning, title: "The score distribution moved",
        "Recalibrate or check what changed in the data before trusting last quarter's cut-offs.")
    }
  }
}
