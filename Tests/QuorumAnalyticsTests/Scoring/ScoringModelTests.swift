import Foundation
import QuorumAnalytics
import Testing

@Suite struct ScoringModelTests {
  @Test func defaultModelHoldsTheWorkedExamples() throws {
    let model = ScoringModel.default
    try model.validate()
    #expect(model.schemaVersion == 1)
    #expect(model.engagement.activities["whitepaper_download"]?.points == 5)
    #expect(model.engagement.activities["careers_page_view"]?.points == -2)
    #expect(model.engagement.activities["demo_requested"]?.points == 20)
    #expect(model.stages.mql.minimumScore == 50)
    let bant = try #require(model.frameworks.definitions.first { $0.name == "BANT" })
    #expect(bant.criteria == [.budget, .authority, .need, .timeline])
    #expect(bant.rules == [ScoringModel.QualifyingRule(minimumMet: 3, stage: .sql)])
    #expect(
      model.committee.requiredRoles == [.economicBuyer, .champion, .technicalEvaluator, .user])
    #expect(model.calibration == nil)
    #expect(Set(ActivityType.known).isSubset(of: model.engagement.activities.keys))
  }

  @Test func jsonRoundTripsAndEncodesDeterministically() throws {
    let data = ScoringModel.default.encoded()
    let decoded = try ScoringModel.decode(from: data)
    #expect(decoded == .default)
    #expect(decoded.encoded() == data)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\"calibration\" : null"))
    #expect(text.hasSuffix("}\n"))
    // Keys are sorted: "abmTiers" comes before "calibration", before "committee".
    let abm = try #require(text.range(of: "\"abmTiers\""))
    let calibration = try #require(text.range(of: "\"calibration\""))
    #expect(abm.lowerBound < calibration.lowerBound)
  }

  @Test func calibratedModelRoundTrips() throws {
    var model = ScoringModel.default
    model.calibration = ScoringModel.Calibration(
      baseScore: 600, pointsToDoubleOdds: 20, baseOdds: 0.25,
      points: ["engagement.demo_requested": 30, "fit.industry.core": 10])
    let decoded = try ScoringModel.decode(from: model.encoded())
    #expect(decoded == model)
  }

  @Test func scorecardMapsScoresBackToWinProbability() {
    let card = ScoringModel.Calibration(
      intercept: -1.2, coefficients: ["engagement.demo_requested": 0.8], baseScore: 600,
      pointsToDoubleOdds: 20)
    #expect(abs((card.points["engagement.demo_requested"] ?? 0) - 0.8 * 20 / log(2)) < 1e-12)
    #expect(abs(card.winProbability(score: 600) - 1 / (1 + exp(1.2))) < 1e-12)
    // 20 points double the odds: p / (1 − p) at 620 is twice that at 600.
    let odds = { (p: Double) in p / (1 - p) }
    #expect(
      abs(odds(card.winProbability(score: 620)) / odds(card.winProbability(score: 600)) - 2) < 1e-9)
    #expect(card.winProbability(score: 1e12) == 1)
    #expect(card.winProbability(score: -1e12) == 0)
  }

  @Test func unknownActivityTypesInTheModelAreFine() throws {
    let data = try edit { json in
      var engagement = json["engagement"] as? [String: Any] ?? [:]
      var activities = engagement["activities"] as? [String: Any] ?? [:]
      activities["podcast_listen"] = ["points": 3, "halfLifeDays": NSNull(), "cap": NSNull()]
      engagement["activities"] = activities
      json["engagement"] = engagement
    }
    let model = try ScoringModel.decode(from: data)
    #expect(model.engagement.activities["podcast_listen"]?.points == 3)
    #expect(model.featureNames.contains("engagement.podcast_listen"))
  }

  @Test(arguments: [
    (
      Mutation.misspellField, "scoring model: engagement.halfLifeDayz: unknown field 'halfLifeDayz'"
    ),
    (.wrongType, "scoring model: engagement.activities.demo_requested.points: expected a number"),
    (.missingField, "scoring model: rollup.topContacts: missing required field"),
    (
      .unknownCriterion,
      "scoring model: frameworks.criteria.budgett: unknown qualification criterion 'budgett'"
    ),
    (.unsupportedVersion, "scoring model: schemaVersion 2 is not supported (this version reads 1)"),
    (.negativeHalfLife, "scoring model: engagement.halfLifeDays: must be a positive number"),
    (
      .unknownCalibrationFeature,
      "scoring model: calibration.points.engagement.nope: not a feature of this model (see the model's feature names)"
    ),
    (
      .badStage,
      "scoring model: frameworks.definitions[0].rules[0].stage: unknown value 'hot' (expected one of: cold, iql, mql, sql, pql, disqualified)"
    ),
  ])
  func decodingErrorsNameTheField(mutation: Mutation, message: String) throws {
    let data = try edit(mutation.apply)
    #expect(throws: ScoringModelError.self) { try ScoringModel.decode(from: data) }
    do {
      _ = try ScoringModel.decode(from: data)
    } catch {
      #expect(error.description.hasPrefix(message))
    }
  }

  @Test func notJSONIsReportedAsSuch() {
    do {
      _ = try ScoringModel.decode(from: Data("{ not json".utf8))
      Issue.record("expected an error")
    } catch {
      guard case .notJSON = error else {
        Issue.record("expected notJSON, got \(error)")
        return
      }
    }
  }

  enum Mutation: Sendable, CustomTestStringConvertible {
    case misspellField, wrongType, missingField, unknownCriterion, unsupportedVersion
    case negativeHalfLife, unknownCalibrationFeature, badStage

    var testDescription: String { "\(self)" }

    func apply(_ json: inout [String: Any]) {
      switch self {
      case .misspellField:
        json[path: ["engagement", "halfLifeDayz"]] = 30
      case .wrongType:
        json[path: ["engagement", "activities", "demo_requested", "points"]] = "twenty"
      case .missingField:
        json[path: ["rollup", "topContacts"]] = nil
      case .unknownCriterion:
        json[path: ["frameworks", "criteria", "budgett"]] = ["met": 1, "partial": 0, "unmet": 0]
      case .unsupportedVersion:
        json["schemaVersion"] = 2
      case .negativeHalfLife:
        json[path: ["engagement", "halfLifeDays"]] = -1
      case .unknownCalibrationFeature:
        json["calibration"] = [
          "baseScore": 600, "pointsToDoubleOdds": 20, "baseOdds": 1,
          "points": ["engagement.nope": 1],
        ]
      case .badStage:
        var frameworks = json["frameworks"] as? [String: Any] ?? [:]
        var definitions = frameworks["definitions"] as? [[String: Any]] ?? []
        definitions[0]["rules"] = [["minimumMet": 3, "stage": "hot"]]
        frameworks["definitions"] = definitions
        json["frameworks"] = frameworks
      }
    }
  }

  /// The default model's JSON, edited.
  func edit(_ change: (inout [String: Any]) -> Void) throws -> Data {
    var json = try #require(
      try JSONSerialization.jsonObject(with: ScoringModel.default.encoded()) as? [String: Any])
    change(&json)
    return try JSONSerialization.data(withJSONObject: json)
  }
}

extension Dictionary where Key == String, Value == Any {
  /// The value at a path of nested objects.
  fileprivate subscript(path keys: [String]) -> Any? {
    get {
      guard let first = keys.first else { return nil }
      if keys.count == 1 { return self[first] }
      return (self[first] as? [String: Any])?[path: Array(keys.dropFirst())]
    }
    set {
      guard let first = keys.first else { return }
      if keys.count == 1 {
        self[first] = newValue
        return
      }
      var nested = self[first] as? [String: Any] ?? [:]
      nested[path: Array(keys.dropFirst())] = newValue
      self[first] = nested
    }
  }
}
