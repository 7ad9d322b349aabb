/// One industry of the synthetic firmographics: its prevalence, how well it fits the
/// synthetic Ideal Customer Profile, its revenue per employee and the nouns its company
/// names use.
struct SyntheticIndustry: Sendable {
  let name: String
  let weight: Double
  /// 1 for ICP industries, 0.5 for adjacent ones, 0 otherwise (see `SyntheticWinModel`).
  let icpFit: Double
  let revenuePerEmployee: Double
  let nouns: [String]
}

/// The industries accounts are drawn from (sixteen, four of them in the ICP).
enum SyntheticIndustryCatalog {
  static let all: [SyntheticIndustry] = [
    .init(
      name: "Software", weight: 14, icpFit: 1, revenuePerEmployee: 260_000,
      nouns: ["Labs", "Systems", "Software", "Technologies", "Cloud", "Data"]),
    .init(
      name: "Financial Services", weight: 9, icpFit: 1, revenuePerEmployee: 400_000,
      nouns: ["Capital", "Financial", "Payments", "Bank", "Wealth"]),
    .init(
      name: "Healthcare", weight: 9, icpFit: 1, revenuePerEmployee: 150_000,
      nouns: ["Health", "Medical", "Care", "Clinics"]),
    .init(
      name: "Manufacturing", weight: 10, icpFit: 1, revenuePerEmployee: 300_000,
      nouns: ["Industries", "Manufacturing", "Components", "Works"]),
    .init(
      name: "Insurance", weight: 4, icpFit: 0.5, revenuePerEmployee: 450_000,
      nouns: ["Insurance", "Assurance", "Mutual"]),
    .init(
      name: "Telecommunications", weight: 3, icpFit: 0.5, revenuePerEmployee: 350_000,
      nouns: ["Telecom", "Networks", "Communications"]),
    .init(
      name: "Logistics", weight: 5, icpFit: 0.5, revenuePerEmployee: 200_000,
      nouns: ["Logistics", "Freight", "Shipping"]),
    .init(
      name: "Professional Services", weight: 9, icpFit: 0.5, revenuePerEmployee: 180_000,
      nouns: ["Consulting", "Advisors", "Group", "Partners"]),
    .init(
      name: "Retail", weight: 8, icpFit: 0, revenuePerEmployee: 190_000,
      nouns: ["Retail", "Stores", "Brands", "Market"]),
    .init(
      name: "Energy", weight: 3, icpFit: 0, revenuePerEmployee: 600_000,
      nouns: ["Energy", "Power", "Renewables"]),
    .init(
      name: "Education", weight: 5, icpFit: 0, revenuePerEmployee: 90_000,
      nouns: ["Learning", "Academy", "Education"]),
    .init(
      name: "Media", weight: 4, icpFit: 0, revenuePerEmployee: 220_000,
      nouns: ["Media", "Studios", "Publishing"]),
    .init(
      name: "Pharmaceuticals", weight: 3, icpFit: 0, revenuePerEmployee: 500_000,
      nouns: ["Pharma", "Therapeutics", "Biosciences"]),
    .init(
      name: "Construction", weight: 5, icpFit: 0, revenuePerEmployee: 250_000,
      nouns: ["Construction", "Builders", "Engineering"]),
    .init(
      name: "Hospitality", weight: 4, icpFit: 0, revenuePerEmployee: 80_000,
      nouns: ["Hotels", "Hospitality", "Resorts"]),
    .init(
      name: "Government", weight: 3, icpFit: 0, revenuePerEmployee: 120_000,
      nouns: ["Agency", "Authority", "Services"]),
  ]

  static let choice = SyntheticWeightedChoice(all.map { ($0, $0.weight) })

  /// ICP fit by industry name, for reading an account back.
  static func icpFit(ofIndustry name: String?) -> Double {
    all.first { $0.name == name }?.icpFit ?? 0
  }
}
