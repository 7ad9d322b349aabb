import Foundation
import QuorumAnalytics

/// The readable report `quorum calibrate` prints.
enum CalibrationReport {
  /// Where the new model went.
  struct Storage {
    var modelID: Int64
    var activated: Bool
    var baseOrigin: String
  }

  static func render(_ result: CalibrationResult, storage: Storage) -> String {
    var sections = [
      header(result, storage), metrics(result), scorecard(result),
    ]
    if let holdout = result.holdout {
      sections.append(reliability(holdout))
      sections.append(lift(holdout))
    }
    if let comparison = result.comparison { sections.append(self.comparison(comparison)) }
    if let stability = result.stability { sections.append(self.stability(stability)) }
    if !result.warnings.isEmpty {
      sections.append(
        (["warnings:"] + result.warnings.map { "  - \($0.description)" }).joined(separator: "\n"))
    }
    sections.append(footer(result, storage))
    return sections.joined(separator: "\n\n")
  }

  private static func header(_ result: CalibrationResult, _ storage: Storage) -> String {
    let fit = result.fit
    let set = fit.trainingSet
    var lines = [
      "calibrated \(result.document.name) \(result.document.version) from \(storage.baseOrigin)",
      "closed deals: \(set.deals.count) (\(set.wonCount) won, \(set.lostCount) lost), "
        + "\(set.features.columnCount) features as of the instant before each deal opened",
      "training: \(fit.split.trainingRows.count) deals created \(window(result.trainingWindow))",
      "holdout:  \(fit.split.holdoutRows.count) deals created \(window(result.holdoutWindow))",
      "λ = \(number(result.lambda)) (\(lambdaText(fit)))",
      "half-life = \(number(result.halfLifeDays)) days ("
        + (fit.halfLifeDays != nil
          ? "learned by cross-validation from \(halfLifeGrid(fit))" : "the base model's")
        + ")",
      "fit: \(fit.model.convergence.stopReason.rawValue) after "
        + "\(fit.model.convergence.iterations) Newton steps",
    ]
    if fit.smallData.isSmall {
      lines.append("small data: λ multiplied by \(number(fit.smallData.lambdaMultiplier))")
    }
    return lines.joined(separator: "\n")
  }

  private static func metrics(_ result: CalibrationResult) -> String {
    var table = TextTable(columns: ["metric", "train", "holdout"], rightAligned: [1, 2])
    let rows: [(String, (ClassifierEvaluation) -> String)] = [
      ("deals", { "\($0.count)" }), ("won", { "\($0.positives)" }),
      ("win rate", { percent($0.baseRate) }),
      ("ROC AUC", { $0.auc.map(three) ?? "n/a" }), ("log loss", { three($0.logLoss) }),
      ("Brier", { three($0.brier) }), ("ECE", { three($0.expectedCalibrationError) }),
    ]
    for (name, value) in rows {
      table.add([name, value(result.train), result.holdout.map(value) ?? "-"])
    }
    return table.render()
  }

  private static func scorecard(_ result: CalibrationResult) -> String {
    let card = result.scorecard
    let scaling = card.scaling
    let tiers = result.document.abmTiers
    var lines = [
      "scorecard: \(number(scaling.baseScore)) points = odds \(number(scaling.baseOdds)):1, "
        + "every \(number(scaling.pointsToDoubleOdds)) points double the odds; "
        + "an account with no signal scores \(two(card.basePoints)) "
        + "(win probability \(percent(card.probability(score: card.basePoints))))",
      "ABM tiers: tier 1 from \(two(tiers.tier1)) (\(percent(card.probability(score: tiers.tier1)))),"
        + " tier 2 from \(two(tiers.tier2)) (\(percent(card.probability(score: tiers.tier2)))),"
        + " tier 3 from \(two(tiers.tier3)) (\(percent(card.probability(score: tiers.tier3))))",
    ]
    let weighted = zip(card.features, result.fit.model.standardizedCoefficients)
      .filter { $0.1 != 0 }
      .sorted { abs($0.1) != abs($1.1) ? abs($0.1) > abs($1.1) : $0.0.name < $1.0.name }
      .prefix(12)
    var table = TextTable(
      columns: ["strongest features", "points per unit", "log-odds per sd"], rightAligned: [1, 2])
    for (feature, standardized) in weighted {
      table.add([feature.name, signedTwo(feature.pointsPerUnit), signedThree(standardized)])
    }
    lines.append(table.render())
    return lines.joined(separator: "\n")
  }

  private static func reliability(_ holdout: ClassifierEvaluation) -> String {
    var table = TextTable(
      columns: ["holdout reliability", "deals", "mean forecast", "won"], rightAligned: [1, 2, 3])
    for bin in holdout.reliability.bins where bin.count > 0 {
      table.add([
        "\(percent(bin.lowerBound))–\(percent(bin.upperBound))", "\(bin.count)",
        bin.meanPredicted.map(percent) ?? "", bin.observedRate.map(percent) ?? "",
      ])
    }
    return table.render()
  }

  private static func lift(_ holdout: ClassifierEvaluation) -> String {
    var table = TextTable(
      columns: ["holdout decile", "deals", "won", "win rate", "lift", "wins captured"],
      rightAligned: [1, 2, 3, 4, 5])
    for group in holdout.lift.groups {
      table.add([
        "\(group.rank)", "\(group.count)", "\(group.positives)", percent(group.rate),
        group.lift.map(two) ?? "-", group.cumulativeCapture.map(percent) ?? "-",
      ])
    }
    return table.render()
  }

  private static func comparison(_ comparison: BaselineComparison) -> String {
    let before = comparison.comparison.baseline
    let after = comparison.comparison.candidate
    let deltas = comparison.comparison.deltas
    var lines = ["compared with \(comparison.label) on the same \(after.count) holdout deals:"]
    if case .fittedToScore = comparison.mapping {
      lines.append(
        "(it is not calibrated: its account score was mapped to a win probability by a logistic "
          + "fit on the training deals, and its points are nominal, before caps)")
    }
    var table = TextTable(columns: ["metric", "active", "new", "change"], rightAligned: [1, 2, 3])
    table.add([
      "ROC AUC", before.auc.map(three) ?? "n/a", after.auc.map(three) ?? "n/a",
      deltas.auc.map(signedThree) ?? "n/a",
    ])
    table.add([
      "log loss", three(before.logLoss), three(after.logLoss), signedThree(deltas.logLoss),
    ])
    table.add(["Brier", three(before.brier), three(after.brier), signedThree(deltas.brier)])
    table.add([
      "ECE", three(before.expectedCalibrationError), three(after.expectedCalibrationError),
      signedThree(deltas.expectedCalibrationError),
    ])
    lines.append(table.render())
    var points = TextTable(
      columns: ["largest point changes (per unit)", "active", "new", "change"],
      rightAligned: [1, 2, 3])
    for delta in comparison.comparison.featureDeltas.prefix(10) {
      points.add([
        delta.name, delta.baselinePoints.map(signedTwo) ?? "-",
        delta.candidatePoints.map(signedTwo) ?? "-", signedTwo(delta.delta),
      ])
    }
    lines.append(points.render())
    return lines.joined(separator: "\n")
  }

  private static func stability(_ stability: CalibrationResult.Stability) -> String {
    let index = stability.index
    let count = index.bins.reduce(0) { $0 + $1.actualCount }
    return "score stability: PSI \(three(index.value)) (\(index.shift.rawValue) shift) between "
      + "the end of the training window (\(stability.from.isoDate)) and now "
      + "(\(stability.to.isoDate)), \(count) accounts"
  }

  private static func footer(_ result: CalibrationResult, _ storage: Storage) -> String {
    storage.activated
      ? "stored as model #\(storage.modelID) (\(result.document.version)) and activated"
      : "stored as model #\(storage.modelID) (\(result.document.version)); "
        + "activate it with 'quorum models activate \(storage.modelID)'"
  }

  private static func lambdaText(_ fit: CalibrationFit) -> String {
    var text: String
    switch fit.lambdaChoice {
    case .given: text = "given"
    case .crossValidated:
      text = "time-ordered cross-validation, \(fit.crossValidation?.folds.count ?? 0) folds"
    case .fallback: text = "fallback: cross-validation was impossible"
    }
    if fit.smallData.isSmall {
      text += "; \(number(fit.selectedLambda)) before the small-data rule"
    }
    return text
  }

  private static func halfLifeGrid(_ fit: CalibrationFit) -> String {
    let labels = Set(fit.crossValidation?.scores.compactMap(\.candidateLabel) ?? [])
    return labels.sorted().map(number).joined(separator: ", ") + " days"
  }

  private static func window(_ range: ClosedRange<Timestamp>?) -> String {
    guard let range else { return "(none)" }
    return "\(range.lowerBound.isoDate) … \(range.upperBound.isoDate)"
  }

  static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? "\(Int(value))" : "\(value)"
  }

  static func three(_ value: Double) -> String { String(format: "%.3f", value) }
  static func two(_ value: Double) -> String { String(format: "%.2f", value) }
  static func signedThree(_ value: Double) -> String { String(format: "%+.3f", value) }
  static func signedTwo(_ value: Double) -> String { String(format: "%+.2f", value) }
  static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
}
