import Foundation

/// A scoring model: the JSON document that says how contacts and accounts are scored.
///
/// The model is data, not code: a user can read it (`quorum model show`), edit it, version
/// it and hand it to a colleague (`--model FILE`). Its sections are ICP fit rules,
/// points per activity type with time decay and caps, qualification frameworks and their
/// k-of-n rules, disqualifiers, stage rules, the account rollup, the journey-stage rules,
/// committee settings, ABM tier cut-offs and, for a model fitted by `quorum calibrate`, a
/// scorecard calibration. Every field is described in `ScoringModel.md` next to this file.
///
/// ```swift
/// let model = try ScoringModel.decode(from: data)
/// let bytes = model.encoded()  // sorted keys, pretty printed: same model, same bytes
/// ```
public struct ScoringModel: Hashable, Sendable, Codable {
  /// The document schema this build reads and writes.
  public static let currentSchemaVersion = 1

  /// The document's schema version (1).
  public var schemaVersion: Int
  /// The model's name, e.g. `quorum-default`.
  public var name: String
  /// The model's version, free text, e.g. `1.0.0` or `2025-Q2`.
  public var version: String
  /// ICP fit rules.
  public var fit: FitRules
  /// Points per activity type, decay and caps (negative signals included).
  public var engagement: EngagementRules
  /// Qualification frameworks.
  public var frameworks: FrameworkRules
  /// Negative qualification evidence that disqualifies.
  public var disqualifiers: [Disqualifier]
  /// Contact stage rules.
  public var stages: StageRules
  /// The account rollup.
  public var rollup: RollupRules
  /// Journey-stage rules.
  public var journey: JourneyRules
  /// Buying-committee settings.
  public var committee: CommitteeSettings
  /// ABM tier cut-offs on the account score.
  public var abmTiers: TierCutoffs
  /// The calibrated scorecard, or `nil` for a hand-written model.
  public var calibration: Calibration?

  /// Creates a model; check it with ``validate()``.
  public init(
    schemaVersion: Int = ScoringModel.currentSchemaVersion, name: String, version: String,
    fit: FitRules, engagement: EngagementRules, frameworks: FrameworkRules,
    disqualifiers: [Disqualifier], stages: StageRules, rollup: RollupRules,
    journey: JourneyRules, committee: CommitteeSettings, abmTiers: TierCutoffs,
    calibration: Calibration? = nil
  ) {
    self.schemaVersion = schemaVersion
    self.name = name
    self.version = version
    self.fit = fit
    self.engagement = engagement
    self.frameworks = frameworks
    self.disqualifiers = disqualifiers
    self.stages = stages
    self.rollup = rollup
    self.journey = journey
    self.committee = committee
    self.abmTiers = abmTiers
    self.calibration = calibration
  }

  /// Reads and validates a model document.
  ///
  /// - Throws: ``ScoringModelError`` naming the field: not JSON, an unsupported
  ///   `schemaVersion`, a missing, mistyped or unknown field, or an invalid value. Unknown
  ///   activity types are fine (they are just rules for types the data may use).
  public static func decode(from data: Data) throws(ScoringModelError) -> ScoringModel {
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = nonConformingFloats
    do {
      let header = try decoder.decode(Header.self, from: data)
      if let version = header.schemaVersion, version != currentSchemaVersion {
        throw ScoringModelError.unsupportedSchemaVersion(
          found: version, supported: currentSchemaVersion)
      }
      let model = try decoder.decode(ScoringModel.self, from: data)
      try model.validate()
      return model
    } catch let error as ScoringModelError {
      throw error
    } catch let error as DecodingError {
      throw ScoringModelError.from(error)
    } catch {
      throw ScoringModelError.notJSON(reason: "\(error)")
    }
  }

  /// The model as a JSON document: keys sorted, pretty printed, a final newline; the same
  /// model always gives the same bytes.
  public func encoded() -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = ScoringModel.nonConformingFloatsOut
    do {
      return try encoder.encode(self) + Data("\n".utf8)
    } catch {
      preconditionFailure("a scoring model always encodes: \(error)")
    }
  }

  /// The names of the account features this model uses, sorted: `fit.<dimension>.<label>`
  /// for every fit rule, `engagement.<type>` for every activity rule, the six
  /// `committee.*` features, `framework.<criterion>` for every criterion and
  /// `disqualifier.<name>` for every disqualifier. See ``AccountFeatures``.
  public var featureNames: [String] {
    var names = Set<String>()
    for dimension in FitDimension.allCases {
      for label in fit.labels(of: dimension) { names.insert(FeatureName.fit(dimension, label)) }
    }
    names.formUnion(engagement.activities.keys.map(FeatureName.engagement))
    names.formUnion(FeatureName.committee)
    names.formUnion(QualificationCriterion.allCases.map(FeatureName.framework))
    names.formUnion(disqualifiers.map { FeatureName.disqualifier($0.name) })
    return names.sorted()
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case schemaVersion, name, version, fit, engagement, frameworks, disqualifiers, stages
    case rollup, journey, committee, abmTiers, calibration
  }

  /// Decodes a model, rejecting unknown fields; prefer ``decode(from:)``, which also
  /// validates.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
    schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
    name = try c.decode(String.self, forKey: .name)
    version = try c.decode(String.self, forKey: .version)
    fit = try c.decode(FitRules.self, forKey: .fit)
    engagement = try c.decode(EngagementRules.self, forKey: .engagement)
    frameworks = try c.decode(FrameworkRules.self, forKey: .frameworks)
    disqualifiers = try c.decode([Disqualifier].self, forKey: .disqualifiers)
    stages = try c.decode(StageRules.self, forKey: .stages)
    rollup = try c.decode(RollupRules.self, forKey: .rollup)
    journey = try c.decode(JourneyRules.self, forKey: .journey)
    committee = try c.decode(CommitteeSettings.self, forKey: .committee)
    abmTiers = try c.decode(TierCutoffs.self, forKey: .abmTiers)
    calibration = try c.decodeIfPresent(Calibration.self, forKey: .calibration)
  }

  /// Encodes the model, writing an absent calibration as `null`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(schemaVersion, forKey: .schemaVersion)
    try c.encode(name, forKey: .name)
    try c.encode(version, forKey: .version)
    try c.encode(fit, forKey: .fit)
    try c.encode(engagement, forKey: .engagement)
    try c.encode(frameworks, forKey: .frameworks)
    try c.encode(disqualifiers, forKey: .disqualifiers)
    try c.encode(stages, forKey: .stages)
    try c.encode(rollup, forKey: .rollup)
    try c.encode(journey, forKey: .journey)
    try c.encode(committee, forKey: .committee)
    try c.encode(abmTiers, forKey: .abmTiers)
    try c.encodeOrNull(calibration, forKey: .calibration)
  }

  private struct Header: Decodable { var schemaVersion: Int? }

  // Non-finite numbers are written as strings so that encoding never fails; validation
  // rejects them when such a document is read back.
  private static let nonConformingFloats = JSONDecoder.NonConformingFloatDecodingStrategy
    .convertFromString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
  private static let nonConformingFloatsOut = JSONEncoder.NonConformingFloatEncodingStrategy
    .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
}

/// Stable feature-name strings shared by the feature extractor and the scorers.
enum FeatureName {
  static let committeeEconomicBuyer = "committee.economic_buyer"
  static let committeeChampion = "committee.champion"
  static let committeeCoverage = "committee.coverage"
  static let committeeEngagedContacts = "committee.engaged_contacts"
  static let committeeEngagedDepartments = "committee.engaged_departments"
  static let committeeSingleThreaded = "committee.single_threaded"
  static let committee = [
    committeeChampion, committeeCoverage, committeeEconomicBuyer, committeeEngagedContacts,
    committeeEngagedDepartments, committeeSingleThreaded,
  ]

  static func fit(_ dimension: ScoringModel.FitDimension, _ label: String) -> String {
    "fit.\(dimension.rawValue).\(label)"
  }
  static func engagement(_ type: ActivityType) -> String { "engagement.\(type.rawValue)" }
  static func framework(_ criterion: QualificationCriterion) -> String {
    "framework.\(criterion.rawValue)"
  }
  static func disqualifier(_ name: String) -> String { "disqualifier.\(name)" }
  static func contact(_ id: String) -> String { "contact.\(id)" }
}
