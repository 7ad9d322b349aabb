import Foundation

/// A scoring model turned into arrays for the hot loops: activity rules by slot (the rule
/// types, sorted), fit lists as sets of folded values, and every feature by index.
struct CompiledModel: Sendable {
  let model: ScoringModel
  /// The activity types with a rule, sorted: slot `i` is `slotTypes[i]`.
  let slotTypes: [ActivityType]
  let slotOfType: [ActivityType: Int]
  let slotPoints: [Double]
  /// The cap of each slot (`.infinity` when none).
  let slotCaps: [Double]
  let slotFeatures: [String]
  /// The feature names, sorted, and their positions.
  let featureNames: [String]
  let featureIndex: [String: Int]
  /// Feature position of each slot's engagement feature, criterion (in
  /// `QualificationCriterion.allCases` order) and disqualifier.
  let engagementFeatures: [Int]
  let criterionFeatures: [Int]
  let disqualifierFeatures: [Int]
  let committeeFeatures: CommitteeFeatureIndex
  /// The calibration points aligned with `featureNames`, when calibrated.
  let calibrationPoints: [Double]?
  private let fitLists: [ScoringModel.FitDimension: [(rule: Int, values: Set<String>)]]

  struct CommitteeFeatureIndex: Sendable {
    let economicBuyer: Int
    let champion: Int
    let coverage: Int
    let engagedContacts: Int
    let engagedDepartments: Int
    let singleThreaded: Int
  }

  init(_ model: ScoringModel) {
    self.model = model
    slotTypes = model.engagement.activities.keys.sorted()
    slotOfType = Dictionary(uniqueKeysWithValues: slotTypes.enumerated().map { ($1, $0) })
    let rules = slotTypes.map {
      model.engagement.activities[$0] ?? ScoringModel.ActivityRule(points: 0)
    }
    slotPoints = rules.map(\.points)
    slotCaps = rules.map { $0.cap ?? .infinity }
    slotFeatures = slotTypes.map(FeatureName.engagement)
    let names = model.featureNames
    featureNames = names
    let featureIndex = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    self.featureIndex = featureIndex
    func position(_ name: String) -> Int {
      guard let index = featureIndex[name] else { preconditionFailure("no feature \(name)") }
      return index
    }
    engagementFeatures = slotFeatures.map(position)
    criterionFeatures = QualificationCriterion.allCases.map { position(FeatureName.framework($0)) }
    disqualifierFeatures = model.disqualifiers.map { position(FeatureName.disqualifier($0.name)) }
    committeeFeatures = CommitteeFeatureIndex(
      economicBuyer: position(FeatureName.committeeEconomicBuyer),
      champion: position(FeatureName.committeeChampion),
      coverage: position(FeatureName.committeeCoverage),
      engagedContacts: position(FeatureName.committeeEngagedContacts),
      engagedDepartments: position(FeatureName.committeeEngagedDepartments),
      singleThreaded: position(FeatureName.committeeSingleThreaded))
    calibrationPoints = model.calibration.map { calibration in
      names.map { calibration.points[$0] ?? 0 }
    }
    fitLists = [
      .industry: model.fit.industries.enumerated().map { ($0, Set($1.values.map(TextKey.fold))) },
      .geography: model.fit.geographies.enumerated().map {
        ($0, Set($1.values.map(TextKey.fold)))
      },
    ]
  }

  /// The half-life of each slot under `settings`, as its reciprocal (per day).
  func inverseHalfLives(_ settings: FeatureSettings) -> [Double] {
    slotTypes.map { 1 / settings.halfLife(of: $0) }
  }

  /// The fit rules an account matches: in each dimension the first matching rule.
  func fitHits(_ account: Account) -> [FitHit] {
    var memo = FitMemo()
    return fitHits(account, memo: &memo)
  }

  /// Fit hits of the text dimensions by their raw values: accounts repeat a few dozen
  /// industries and places, each then folded and described once (per memo).
  struct FitMemo {
    fileprivate var industries: [String: FitHit?] = [:]
    fileprivate var places: [Place: FitHit?] = [:]
  }

  fileprivate struct Place: Hashable {
    let country: String?
    let region: String?
  }

  /// ``fitHits(_:)`` with the industry and geography hits looked up in `memo` (and
  /// recorded there the first time).
  func fitHits(_ account: Account, memo: inout FitMemo) -> [FitHit] {
    var hits: [FitHit] = []
    if let industry = account.industry,
      let hit = memo.industries.remembered(industry, industryHit)
    {
      hits.append(hit)
    }
    let fit = model.fit
    if let employees = account.employees,
      let band = fit.employees.first(where: { $0.contains(Double(employees)) })
    {
      hits.append(hit(.employees, band.label, band.points, "\(employees) employees"))
    }
    if let revenue = account.annualRevenue, revenue.isFinite,
      let band = fit.revenue.first(where: { $0.contains(revenue) })
    {
      hits.append(hit(.revenue, band.label, band.points, "revenue \(revenue.twoDecimals)"))
    }
    let place = Place(country: account.country, region: account.region)
    if let hit = memo.places.remembered(place, geographyHit) { hits.append(hit) }
    return hits
  }

  private func industryHit(_ industry: String) -> FitHit? {
    let folded = TextKey.fold(industry)
    guard !folded.isEmpty,
      let rule = fitLists[.industry]?.first(where: { $0.values.contains(folded) })?.rule
    else { return nil }
    let matched = model.fit.industries[rule]
    return hit(.industry, matched.label, matched.points, "industry '\(industry)'")
  }

  private func geographyHit(_ place: Place) -> FitHit? {
    let places = [place.country, place.region].compactMap { $0 }
    let folded = places.map(TextKey.fold)
    guard let rule = fitLists[.geography]?.first(where: { !$0.values.isDisjoint(with: folded) })
    else { return nil }
    let matched = model.fit.geographies[rule.rule]
    let name = zip(places, folded).first { rule.values.contains($0.1) }?.0 ?? ""
    return hit(.geography, matched.label, matched.points, "location '\(name)'")
  }

  private func hit(
    _ dimension: ScoringModel.FitDimension, _ label: String, _ points: Double, _ what: String
  ) -> FitHit {
    let feature = FeatureName.fit(dimension, label)
    return FitHit(
      feature: feature, featureIndex: featureIndex[feature] ?? 0, points: points,
      detail: "\(what) is in \(dimension.rawValue) rule '\(label)'")
  }

  /// How each activity type of a log counts: its slot, its journey stage, the stages it is
  /// evidence for, and whether it earns positive points.
  func typeTable(for types: [ActivityType]) -> TypeTable {
    let stageEvidence: [(ContactStage, UInt8)] = [
      (.iql, TypeTable.iql), (.mql, TypeTable.mql), (.sql, TypeTable.sql), (.pql, TypeTable.pql),
    ]
    var table = TypeTable()
    for type in types {
      let slot = slotOfType[type] ?? -1
      table.slots.append(Int32(slot))
      table.positive.append(slot >= 0 && slotPoints[slot] > 0)
      table.journey.append(model.journey.stage(of: type).map { Int8($0.index) } ?? -1)
      var mask: UInt8 = 0
      for (stage, bit) in stageEvidence
      where model.stages.rule(for: stage)?.evidenceTypes.contains(type) == true {
        mask |= bit
      }
      table.evidence.append(mask)
    }
    return table
  }
}

/// A matched fit rule.
struct FitHit: Hashable, Sendable {
  let feature: String
  let featureIndex: Int
  let points: Double
  let detail: String
}

/// Per activity-type code of a log: how the type counts.
struct TypeTable: Sendable {
  static let iql: UInt8 = 1
  static let mql: UInt8 = 2
  static let sql: UInt8 = 4
  static let pql: UInt8 = 8

  var slots: [Int32] = []
  var positive: [Bool] = []
  var journey: [Int8] = []
  var evidence: [UInt8] = []

  static func bit(for stage: ContactStage) -> UInt8 {
    switch stage {
    case .iql: iql
    case .mql: mql
    case .sql: sql
    case .pql: pql
    case .cold, .disqualified: 0
    }
  }
}

/// Text folded for exact comparison: case, diacritics and runs of spaces.
enum TextKey {
  /// `"  Computer   Software "` → `computer software`, `"Österreich"` → `osterreich`.
  static func fold(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in foldedScalars(text) {
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// The text lowercased and, unless it is plain ASCII (the fast, common case), with
  /// diacritics and widths folded by Foundation.
  static func foldedScalars(_ text: String) -> String.UnicodeScalarView {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      var bytes = Array(text.utf8)
      for index in bytes.indices
      where (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[index]) {
        bytes[index] += 32
      }
      return String(decoding: bytes, as: UTF8.self).unicodeScalars
    }
    return text.folding(
      options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil
    ).lowercased().unicodeScalars
  }

  /// Whether a scalar of folded text is part of a word (a letter or a digit).
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(UInt8(scalar.value))
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(UInt8(scalar.value))
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}

extension Dictionary {
  /// The value remembered for `key` — `nil` included — else `compute(key)`, remembered.
  fileprivate mutating func remembered<Wrapped>(
    _ key: Key, _ compute: (Key) -> Wrapped?
  ) -> Wrapped? where Value == Wrapped? {
    if let remembered = self[key] { return remembered }
    let value = compute(key)
    self[key] = .some(value)
    return value
  }
}
