import Testing

@testable import QuorumAnalytics

@Suite struct FitMemoTests {
  /// Accounts matched with one memo of their industries and places — repeated values,
  /// unknown ones, none at all, and the same industry spelled differently — get exactly the
  /// fit hits (rules, points, details) of matching each account afresh.
  @Test func rememberedHitsEqualFreshHits() {
    let model = CompiledModel(.default)
    let industries: [String?] = ["Software", "software ", "Manufacturing", "Knitting", nil, ""]
    let places: [(String?, String?)] = [
      ("United States", nil), ("Germany", "EMEA"), (nil, "north america"), ("Atlantis", nil),
      (nil, nil),
    ]
    let accounts = (0..<90).map { index in
      Account(
        id: "A\(index)", name: "Company \(index)", industry: industries[index % industries.count],
        employees: index * 97, annualRevenue: Double(index) * 1_250_000,
        country: places[index % places.count].0, region: places[index % places.count].1)
    }
    var memo = CompiledModel.FitMemo()
    let remembered = accounts.map { model.fitHits($0, memo: &memo) }
    let fresh = accounts.map { model.fitHits($0) }
    #expect(remembered == fresh)
    #expect(fresh.contains { $0.contains { $0.feature.hasPrefix("fit.industry.") } })
    #expect(fresh.contains { $0.contains { $0.feature.hasPrefix("fit.geography.") } })
  }
}
