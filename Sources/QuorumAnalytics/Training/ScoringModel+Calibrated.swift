import Foundation

extension ScoringModel {
  /// This model with a fitted scorecard: the document `quorum calibrate` writes.
  ///
  /// - The `calibration` block takes the scorecard: `baseScore` is the score of an account
  ///   whose features are all zero (`scorecard.basePoints`), `baseOdds` its odds e^b,
  ///   `pointsToDoubleOdds` the scaling's PDO and `points` every feature's points per unit
  ///   (0 for a feature the fit gave no weight). With the default scaling, 600 points mean
  ///   even odds in every calibrated version, so scores of two versions are comparable.
  /// - A learned half-life becomes the global half-life and the per-type half-lives are
  ///   dropped, so that scoring decays engagement exactly as the training rows did.
  /// - `abmTiers` takes `tiers` (see ``CalibrationRun/tierCutoffs(baseRate:)``), since a
  ///   calibrated score has its own scale; `version` replaces the version. Everything else
  ///   (rules, stages, contact scoring, committee settings, name) is kept.
  ///
  /// - Precondition: the scorecard's features are this model's features.
  public func calibrated(
    scorecard: Scorecard, halfLifeDays: Double?, tiers: TierCutoffs, version: String
  ) -> ScoringModel {
    let names = Set(featureNames)
    precondition(scorecard.features.allSatisfy { names.contains($0.name) }, "unknown feature")
    var model = self
    model.version = version
    model.calibration = Calibration(
      baseScore: scorecard.basePoints, pointsToDoubleOdds: scorecard.scaling.pointsToDoubleOdds,
      baseOdds: scorecard.interceptOdds, points: scorecard.pointsPerUnit)
    if let halfLifeDays {
      model.engagement.halfLifeDays = halfLifeDays
      model.engagement.activities = model.engagement.activities.mapValues { rule in
        var rule = rule
        rule.halfLifeDays = nil
        return rule
      }
    }
    model.abmTiers = tiers
    return model
  }

  /// The model's points per unit of each account feature, as log-odds: for a calibrated
  /// model `points × ln 2 / pointsToDoubleOdds`, for a hand-written one its nominal rollup
  /// points (see ``nominalPointsPerUnit``) times `pointsToLogOdds`.
  ///
  /// - Parameter pointsToLogOdds: log-odds per point of a hand-written model's account score
  ///   (e.g. the slope of a logistic fit of outcomes on that score).
  func logOddsPerUnit(pointsToLogOdds: Double) -> [String: Double] {
    if let calibration {
      let scale = M_LN2 / calibration.pointsToDoubleOdds
      return calibration.points.mapValues { $0 * scale }
    }
    return nominalPointsPerUnit.mapValues { $0 * pointsToLogOdds }
  }

  /// The points a hand-written model's account rollup gives one unit of each feature,
  /// before caps and diminishing returns: a fit rule's points × fit weight; an activity
  /// type's points per (decayed) event; the committee rollup points; a criterion's `met`
  /// points and a disqualifier's points × framework weight. Features the rollup does not
  /// score are absent.
  var nominalPointsPerUnit: [String: Double] {
    var points: [String: Double] = [:]
    for dimension in FitDimension.allCases {
      for (label, value) in zip(fit.labels(of: dimension), fit.points(of: dimension)) {
        points[FeatureName.fit(dimension, label)] = value * rollup.fitWeight
      }
    }
    for (type, rule) in engagement.activities { points[FeatureName.engagement(type)] = rule.points }
    points[FeatureName.committeeEngagedContacts] = rollup.pointsPerEngagedContact
    points[FeatureName.committeeEngagedDepartments] = rollup.pointsPerEngagedDepartment
    points[FeatureName.committeeEconomicBuyer] = rollup.economicBuyerPoints
    points[FeatureName.committeeChampion] = rollup.championPoints
    points[FeatureName.committeeCoverage] = rollup.coveragePoints
    points[FeatureName.committeeSingleThreaded] = rollup.singleThreadedPoints
    for (criterion, rule) in frameworks.criteria {
      points[FeatureName.framework(criterion)] = rule.met * rollup.frameworkWeight
    }
    for disqualifier in disqualifiers {
      points[FeatureName.disqualifier(disqualifier.name)] =
        disqualifier.points * rollup.frameworkWeight
    }
    return points
  }
}
