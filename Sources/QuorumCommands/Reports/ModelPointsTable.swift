import QuorumAnalytics
import QuorumReports

/// The points a scoring-model document gives, as one long table: the calibrated points per
/// feature (when calibrated), then the fit rules, activity points, framework criteria,
/// disqualifiers and account rollup the contact scores and stages use.
enum ModelPointsTable {
  static func table(_ model: ScoringModel) -> ReportTable {
    var table = ReportTable(
      title: "Points by feature",
      columns: [
        ReportColumn("section"), ReportColumn("feature"), ReportColumn("rule"),
        ReportColumn("points", .decimal(places: 2)),
        ReportColumn("half_life_days", .decimal(places: 0)),
        ReportColumn("cap", .decimal(places: 0)),
      ],
      note: "Engagement points are per event, halved every half-life and capped per type; "
        + "framework points are for a met answer (partial and unmet in the rule).")
    if let calibration = model.calibration {
      table.append([
        "calibration", "calibration.base",
        .text(
          "base score at odds \(ProseNumber.fixed(calibration.baseOdds, 4)); every "
            + "\(ProseNumber.plain(calibration.pointsToDoubleOdds)) points double the odds"),
        .number(calibration.baseScore), .missing, .missing,
      ])
      let features = calibration.points.sorted {
        (abs($1.value), $0.key) < (abs($0.value), $1.key)
      }
      for (feature, points) in features {
        table.append([
          "calibration", .text(feature), "per unit", .number(points), .missing, .missing,
        ])
      }
    }
    appendFit(model.fit, to: &table)
    appendEngagement(model, to: &table)
    for (criterion, points) in model.frameworks.criteria.sorted(by: { $0.key < $1.key }) {
      table.append([
        "framework", .text("framework.\(criterion.rawValue)"),
        .text(
          "met \(ProseNumber.plain(points.met)) · partial \(ProseNumber.plain(points.partial)) · "
            + "unmet \(ProseNumber.plain(points.unmet))"),
        .number(points.met), .missing, .missing,
      ])
    }
    for disqualifier in model.disqualifiers {
      table.append([
        "disqualifier", .text("disqualifier.\(disqualifier.name)"),
        .text(describe(disqualifier)), .number(disqualifier.points), .missing, .missing,
      ])
    }
    appendRollup(model.rollup, to: &table)
    return table
  }

  /// What the points mean for this model.
  static func explanation(_ model: ScoringModel) -> String {
    guard let calibration = model.calibration else {
      return "Uncalibrated: an account's score is the rollup of its contacts (fit, decayed "
        + "engagement, framework answers) plus breadth and committee points. A contact is an "
        + "MQL at \(model.stages.mql.minimumScore.map(ProseNumber.plain) ?? "—") points"
        + (model.stages.mql.minimumEngagement.map {
          " with at least \(ProseNumber.plain($0)) of them from engagement"
        } ?? "") + "."
    }
    return "Calibrated: an account scores \(ProseNumber.plain(calibration.baseScore)) plus the "
      + "points per unit of each feature (fitted by logistic regression on won and lost "
      + "deals); every \(ProseNumber.plain(calibration.pointsToDoubleOdds)) points double the "
      + "odds of winning. Contact scores and stages still use the rules below."
  }

  /// The stage thresholds and evidence.
  static func stageTable(_ model: ScoringModel) -> ReportTable {
    var table = ReportTable(
      title: "Contact stages",
      columns: [
        ReportColumn("Stage"), ReportColumn("Minimum score", .decimal(places: 0)),
        ReportColumn("Minimum engagement", .decimal(places: 0)), ReportColumn("Or evidence"),
      ],
      note: "Framework rules (e.g. 3 of 4 BANT criteria met) also reach a stage; a disqualifier "
        + "or a score at or below "
        + (model.stages.disqualifiedAtOrBelow.map(ProseNumber.plain) ?? "—")
        + " disqualifies.")
    let stages: [(String, ScoringModel.StageRule)] = [
      ("IQL", model.stages.iql), ("MQL", model.stages.mql), ("SQL", model.stages.sql),
      ("PQL", model.stages.pql),
    ]
    for (name, rule) in stages {
      table.append([
        .text(name), .number(rule.minimumScore), .number(rule.minimumEngagement),
        .text(rule.evidenceTypes.map(\.rawValue).joined(separator: ", ")),
      ])
    }
    for definition in model.frameworks.definitions {
      for rule in definition.rules {
        table.append([
          .text(rule.stage.rawValue.uppercased()), .missing, .missing,
          .text("\(definition.name): \(rule.minimumMet) of \(definition.criteria.count) met"),
        ])
      }
    }
    return table
  }

  private static func appendFit(_ fit: ScoringModel.FitRules, to table: inout ReportTable) {
    let values: [(ScoringModel.FitDimension, [ScoringModel.ValueRule])] = [
      (.industry, fit.industries), (.geography, fit.geographies),
    ]
    for (dimension, rules) in values {
      for rule in rules {
        table.append([
          "fit", .text("fit.\(dimension.rawValue).\(rule.label)"),
          .text("\(dimension.rawValue) in \(rule.values.joined(separator: ", "))"),
          .number(rule.points), .missing, .missing,
        ])
      }
    }
    let bands: [(ScoringModel.FitDimension, [ScoringModel.BandRule])] = [
      (.employees, fit.employees), (.revenue, fit.revenue),
    ]
    for (dimension, rules) in bands {
      for rule in rules {
        table.append([
          "fit", .text("fit.\(dimension.rawValue).\(rule.label)"),
          .text("\(dimension.rawValue) \(range(rule))"), .number(rule.points), .missing, .missing,
        ])
      }
    }
  }

  private static func appendEngagement(_ model: ScoringModel, to table: inout ReportTable) {
    let rules = model.engagement
    for (type, rule) in rules.activities.sorted(by: { $0.key < $1.key }) {
      table.append([
        "engagement", .text("engagement.\(type.rawValue)"), "per event, decayed",
        .number(rule.points), .number(rule.halfLifeDays ?? rules.halfLifeDays),
        .number(rule.cap),
      ])
    }
  }

  private static func appendRollup(_ rollup: ScoringModel.RollupRules, to table: inout ReportTable)
  {
    let rows: [(String, String, Double)] = [
      (
        "breadth.contacts",
        "per engaged contact, up to \(rollup.maximumEngagedContacts)",
        rollup.pointsPerEngagedContact
      ),
      (
        "breadth.departments",
        "per engaged department, up to \(rollup.maximumEngagedDepartments)",
        rollup.pointsPerEngagedDepartment
      ),
      ("committee.economic_buyer", "economic buyer engaged", rollup.economicBuyerPoints),
      ("committee.champion", "champion present", rollup.championPoints),
      ("committee.coverage", "× share of required roles covered", rollup.coveragePoints),
      ("committee.single_threaded", "all engagement on one contact", rollup.singleThreadedPoints),
    ]
    for (feature, rule, points) in rows {
      table.append(["rollup", .text(feature), .text(rule), .number(points), .missing, .missing])
    }
  }

  private static func range(_ rule: ScoringModel.BandRule) -> String {
    switch (rule.minimum, rule.maximum) {
    case (let low?, let high?): "\(ProseNumber.amount(low)) to under \(ProseNumber.amount(high))"
    case (let low?, nil): "\(ProseNumber.amount(low)) or more"
    case (nil, let high?): "under \(ProseNumber.amount(high))"
    case (nil, nil): "any"
    }
  }

  private static func describe(_ disqualifier: ScoringModel.Disqualifier) -> String {
    var parts: [String] = []
    if let criterion = disqualifier.criterion {
      parts.append(
        "\(criterion.rawValue) \(disqualifier.values.map(\.rawValue).joined(separator: "/"))")
    }
    if let months = disqualifier.minimumMonths { parts.append("≥ \(months) months") }
    if !disqualifier.notePhrases.isEmpty {
      parts.append(
        "note says " + disqualifier.notePhrases.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
          + (disqualifier.notePhrases.count > 3 ? ", …" : ""))
    }
    return parts.joined(separator: "; ")
  }
}
