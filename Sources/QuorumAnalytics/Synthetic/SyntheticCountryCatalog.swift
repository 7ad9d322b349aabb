/// The sales regions of the synthetic data, with their weight in the synthetic ICP.
enum SyntheticRegion: String, CaseIterable, Sendable {
  case northAmerica = "NA"
  case emea = "EMEA"
  case apac = "APAC"
  case latam = "LATAM"

  /// 1 for North America down to 0.25 for Latin America (see `SyntheticWinModel`).
  var icpFit: Double {
    switch self {
    case .northAmerica: 1
    case .emea: 0.75
    case .apac: 0.4
    case .latam: 0.25
    }
  }
}

/// One country: its region, prevalence, web domain suffix, legal-form suffixes and the
/// UTC offsets (hours) of its business day.
struct SyntheticCountry: Sendable {
  let name: String
  let region: SyntheticRegion
  let weight: Double
  let topLevelDomain: String
  let legalForms: [String]
  let utcOffsets: [Int]
}

/// The countries accounts are drawn from: North America, EMEA, APAC and Latin America.
enum SyntheticCountryCatalog {
  static let all: [SyntheticCountry] = [
    .init(
      name: "United States", region: .northAmerica, weight: 40, topLevelDomain: ".com",
      legalForms: ["Inc.", "Inc.", "Corp.", "Corporation", "LLC", "Co.", ""],
      utcOffsets: [-5, -5, -6, -8]),
    .init(
      name: "Canada", region: .northAmerica, weight: 5, topLevelDomain: ".ca",
      legalForms: ["Inc.", "Ltd.", "Corp.", ""], utcOffsets: [-5, -8]),
    .init(
      name: "United Kingdom", region: .emea, weight: 9, topLevelDomain: ".co.uk",
      legalForms: ["Ltd", "Limited", "plc", ""], utcOffsets: [0]),
    .init(
      name: "Germany", region: .emea, weight: 7, topLevelDomain: ".de",
      legalForms: ["GmbH", "AG", "GmbH & Co. KG", ""], utcOffsets: [1]),
    .init(
      name: "France", region: .emea, weight: 5, topLevelDomain: ".fr",
      legalForms: ["SA", "SAS", ""], utcOffsets: [1]),
    .init(
      name: "Netherlands", region: .emea, weight: 3, topLevelDomain: ".nl",
      legalForms: ["B.V.", "N.V."], utcOffsets: [1]),
    .init(
      name: "Sweden", region: .emea, weight: 2, topLevelDomain: ".se",
      legalForms: ["AB"], utcOffsets: [1]),
    .init(
      name: "Spain", region: .emea, weight: 2, topLevelDomain: ".es",
      legalForms: ["S.L.", "S.A."], utcOffsets: [1]),
    .init(
      name: "Italy", region: .emea, weight: 2, topLevelDomain: ".it",
      legalForms: ["S.p.A.", "S.r.l."], utcOffsets: [1]),
    .init(
      name: "Switzerland", region: .emea, weight: 1.5, topLevelDomain: ".ch",
      legalForms: ["AG", "SA", "GmbH"], utcOffsets: [1]),
    .init(
      name: "Israel", region: .emea, weight: 1, topLevelDomain: ".co.il",
      legalForms: ["Ltd"], utcOffsets: [2]),
    .init(
      name: "United Arab Emirates", region: .emea, weight: 1, topLevelDomain: ".ae",
      legalForms: ["LLC", "FZE"], utcOffsets: [4]),
    .init(
      name: "South Africa", region: .emea, weight: 1, topLevelDomain: ".co.za",
      legalForms: ["(Pty) Ltd"], utcOffsets: [2]),
    .init(
      name: "Australia", region: .apac, weight: 3, topLevelDomain: ".com.au",
      legalForms: ["Pty Ltd", "Limited"], utcOffsets: [10]),
    .init(
      name: "Japan", region: .apac, weight: 3, topLevelDomain: ".co.jp",
      legalForms: ["K.K.", "Co., Ltd."], utcOffsets: [9]),
    .init(
      name: "India", region: .apac, weight: 4, topLevelDomain: ".in",
      legalForms: ["Pvt. Ltd.", "Limited"], utcOffsets: [5]),
    .init(
      name: "Singapore", region: .apac, weight: 2, topLevelDomain: ".com.sg",
      legalForms: ["Pte. Ltd."], utcOffsets: [8]),
    .init(
      name: "South Korea", region: .apac, weight: 1, topLevelDomain: ".co.kr",
      legalForms: ["Co., Ltd."], utcOffsets: [9]),
    .init(
      name: "Brazil", region: .latam, weight: 3, topLevelDomain: ".com.br",
      legalForms: ["Ltda.", "S.A."], utcOffsets: [-3]),
    .init(
      name: "Mexico", region: .latam, weight: 2, topLevelDomain: ".com.mx",
      legalForms: ["S.A. de C.V."], utcOffsets: [-6]),
    .init(
      name: "Argentina", region: .latam, weight: 1, topLevelDomain: ".com.ar",
      legalForms: ["S.A."], utcOffsets: [-3]),
    .init(
      name: "Chile", region: .latam, weight: 1, topLevelDomain: ".cl",
      legalForms: ["SpA", "S.A."], utcOffsets: [-4]),
    .init(
      name: "Colombia", region: .latam, weight: 1, topLevelDomain: ".com.co",
      legalForms: ["S.A.S."], utcOffsets: [-5]),
  ]

  static let choice = SyntheticWeightedChoice(all.map { ($0, $0.weight) })

  /// ICP fit by region code, for reading an account back.
  static func icpFit(ofRegion code: String?) -> Double {
    SyntheticRegion.allCases.first { $0.rawValue == code }?.icpFit ?? 0
  }
}
