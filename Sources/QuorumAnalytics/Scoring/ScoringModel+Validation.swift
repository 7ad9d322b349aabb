extension ScoringModel {
  /// Checks every value of the model: the schema version, finite numbers, positive
  /// half-lives, windows and caps, well-formed unique labels and names, bands with
  /// `minimum < maximum`, k-of-n rules with `1 ≤ k ≤ n`, a diminishing factor in 0...1,
  /// ordered tier cut-offs, and calibration points only for features the model has.
  ///
  /// - Throws: ``ScoringModelError/invalidField(path:reason:)`` for the first problem.
  public func validate() throws(ScoringModelError) {
    guard schemaVersion == ScoringModel.currentSchemaVersion else {
      throw .unsupportedSchemaVersion(
        found: schemaVersion, supported: ScoringModel.currentSchemaVersion)
    }
    try check(!name.isEmpty, "name", "must not be empty")
    try validateFit()
    try validateEngagement()
    try validateFrameworks()
    try validateStagesAndDisqualifiers()
    try validateRollup()
    try validateJourneyAndCommittee()
    try validateCalibration()
  }

  private func validateFit() throws(ScoringModelError) {
    for dimension in FitDimension.allCases {
      let field = "fit.\(fieldName(of: dimension))"
      var seen = Set<String>()
      for (index, label) in fit.labels(of: dimension).enumerated() {
        try checkSlug(label, "\(field)[\(index)].label")
        try check(seen.insert(label).inserted, "\(field)[\(index)].label", "duplicate '\(label)'")
      }
      for (index, points) in fit.points(of: dimension).enumerated() {
        try checkFinite(points, "\(field)[\(index)].points")
      }
    }
    for (field, bands) in [("employees", fit.employees), ("revenue", fit.revenue)] {
      for (index, band) in bands.enumerated() {
        let path = "fit.\(field)[\(index)]"
        if let minimum = band.minimum { try checkFinite(minimum, "\(path).minimum") }
        if let maximum = band.maximum { try checkFinite(maximum, "\(path).maximum") }
        if let minimum = band.minimum, let maximum = band.maximum {
          try check(minimum < maximum, path, "minimum must be below maximum")
        }
      }
    }
  }

  private func fieldName(of dimension: FitDimension) -> String {
    switch dimension {
    case .industry: "industries"
    case .employees: "employees"
    case .revenue: "revenue"
    case .geography: "geographies"
    }
  }

  private func validateEngagement() throws(ScoringModelError) {
    try checkPositive(engagement.halfLifeDays, "engagement.halfLifeDays")
    try checkPositive(engagement.lookbackDays, "engagement.lookbackDays")
    for (type, rule) in engagement.activities.sorted(by: { $0.key < $1.key }) {
      let path = "engagement.activities.\(type.rawValue)"
      try checkFinite(rule.points, "\(path).points")
      if let halfLife = rule.halfLifeDays { try checkPositive(halfLife, "\(path).halfLifeDays") }
      if let cap = rule.cap { try checkPositive(cap, "\(path).cap") }
    }
  }

  private func validateFrameworks() throws(ScoringModelError) {
    for (criterion, points) in frameworks.criteria.sorted(by: { $0.key < $1.key }) {
      let path = "frameworks.criteria.\(criterion.rawValue)"
      try checkFinite(points.met, "\(path).met")
      try checkFinite(points.partial, "\(path).partial")
      try checkFinite(points.unmet, "\(path).unmet")
    }
    for (index, definition) in frameworks.definitions.enumerated() {
      let path = "frameworks.definitions[\(index)]"
      try check(!definition.name.isEmpty, "\(path).name", "must not be empty")
      try check(!definition.criteria.isEmpty, "\(path).criteria", "must not be empty")
      try check(
        Set(definition.criteria).count == definition.criteria.count, "\(path).criteria",
        "lists a criterion twice")
      for (ruleIndex, rule) in definition.rules.enumerated() {
        let rulePath = "\(path).rules[\(ruleIndex)]"
        try check(
          (1...definition.criteria.count).contains(rule.minimumMet), "\(rulePath).minimumMet",
          "must be between 1 and \(definition.criteria.count)")
        try check(
          rule.stage != .cold && rule.stage != .disqualified, "\(rulePath).stage",
          "must be iql, mql, sql or pql")
      }
    }
  }

  private func validateStagesAndDisqualifiers() throws(ScoringModelError) {
    for stage in [ContactStage.iql, .mql, .sql, .pql] {
      if let minimum = stages.rule(for: stage)?.minimumScore {
        try checkFinite(minimum, "stages.\(stage.rawValue).minimumScore")
      }
      if let minimum = stages.rule(for: stage)?.minimumEngagement {
        try checkFinite(minimum, "stages.\(stage.rawValue).minimumEngagement")
      }
    }
    if let threshold = stages.disqualifiedAtOrBelow {
      try checkFinite(threshold, "stages.disqualifiedAtOrBelow")
    }
    var seen = Set<String>()
    for (index, disqualifier) in disqualifiers.enumerated() {
      let path = "disqualifiers[\(index)]"
      try checkSlug(disqualifier.name, "\(path).name")
      try check(seen.insert(disqualifier.name).inserted, "\(path).name", "duplicate name")
      try checkFinite(disqualifier.points, "\(path).points")
      if let months = disqualifier.minimumMonths {
        try check(months > 0, "\(path).minimumMonths", "must be positive")
      }
      try check(
        !disqualifier.notePhrases.contains(where: \.isEmpty), "\(path).notePhrases",
        "a phrase must not be empty")
    }
  }

  private func validateRollup() throws(ScoringModelError) {
    try check(rollup.topContacts >= 1, "rollup.topContacts", "must be at least 1")
    try check(
      rollup.diminishingFactor >= 0 && rollup.diminishingFactor <= 1, "rollup.diminishingFactor",
      "must be between 0 and 1")
    try check(rollup.maximumEngagedContacts >= 0, "rollup.maximumEngagedContacts", "negative")
    try check(rollup.maximumEngagedDepartments >= 0, "rollup.maximumEngagedDepartments", "negative")
    let weights: [(String, Double)] = [
      ("fitWeight", rollup.fitWeight), ("pointsPerEngagedContact", rollup.pointsPerEngagedContact),
      ("pointsPerEngagedDepartment", rollup.pointsPerEngagedDepartment),
      ("economicBuyerPoints", rollup.economicBuyerPoints),
      ("championPoints", rollup.championPoints), ("coveragePoints", rollup.coveragePoints),
      ("singleThreadedPoints", rollup.singleThreadedPoints),
      ("frameworkWeight", rollup.frameworkWeight),
    ]
    for (field, value) in weights { try checkFinite(value, "rollup.\(field)") }
  }

  private func validateJourneyAndCommittee() throws(ScoringModelError) {
    try checkPositive(journey.windowDays, "journey.windowDays")
    try check(
      journey.minimumConsiderationSignals >= 1, "journey.minimumConsiderationSignals",
      "must be at least 1")
    try check(
      journey.minimumDecisionSignals >= 1, "journey.minimumDecisionSignals", "must be at least 1")
    try checkPositive(committee.engagementWindowDays, "committee.engagementWindowDays")
    try checkFinite(abmTiers.tier1, "abmTiers.tier1")
    try checkFinite(abmTiers.tier2, "abmTiers.tier2")
    try checkFinite(abmTiers.tier3, "abmTiers.tier3")
    try check(
      abmTiers.tier1 >= abmTiers.tier2 && abmTiers.tier2 >= abmTiers.tier3, "abmTiers",
      "cut-offs must satisfy tier1 ≥ tier2 ≥ tier3")
  }

  private func validateCalibration() throws(ScoringModelError) {
    guard let calibration else { return }
    try checkFinite(calibration.baseScore, "calibration.baseScore")
    try checkPositive(calibration.pointsToDoubleOdds, "calibration.pointsToDoubleOdds")
    try checkPositive(calibration.baseOdds, "calibration.baseOdds")
    let known = Set(featureNames)
    for (feature, points) in calibration.points.sorted(by: { $0.key < $1.key }) {
      try check(
        known.contains(feature), "calibration.points.\(feature)",
        "not a feature of this model (see the model's feature names)")
      try checkFinite(points, "calibration.points.\(feature)")
    }
  }

  private func check(_ condition: Bool, _ path: String, _ reason: String)
    throws(ScoringModelError)
  {
    if !condition { throw .invalidField(path: path, reason: reason) }
  }

  private func checkFinite(_ value: Double, _ path: String) throws(ScoringModelError) {
    try check(value.isFinite, path, "must be a finite number")
  }

  private func checkPositive(_ value: Double, _ path: String) throws(ScoringModelError) {
    try check(value.isFinite && value > 0, path, "must be a positive number")
  }

  private func checkSlug(_ text: String, _ path: String) throws(ScoringModelError) {
    let allowed =
      !text.isEmpty
      && text.utf8.allSatisfy { byte in
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
          || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
      }
    try check(allowed, path, "'\(text)' must be lowercase letters, digits and _ only")
  }
}
