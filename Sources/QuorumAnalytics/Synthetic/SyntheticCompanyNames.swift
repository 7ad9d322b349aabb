/// A synthetic company name in parts, so that the CRM's variant spellings of it can be
/// derived: `Kavelu Health, Inc.` is brand `Kavelu`, noun `Health`, legal form `Inc.`.
struct SyntheticCompanyName: Hashable, Sendable {
  let brand: String
  let noun: String?
  let legalForm: String
  let commaBeforeLegalForm: Bool

  /// The name as the account record writes it.
  var canonical: String { written(brand: brand, legalForm: legalForm, comma: commaBeforeLegalForm) }

  /// A spelling a person might type instead, normalising to the same words: the legal form
  /// swapped for an equivalent or dropped, or the case changed.
  func variant(using random: inout Xoshiro256StarStar) -> String {
    switch random.int(below: 5) {
    case 0: return canonical.uppercased()
    case 1: return canonical.lowercased()
    case 2: return written(brand: brand, legalForm: "", comma: false)
    default:
      let alternatives = SyntheticCompanyNames.equivalentLegalForms[legalForm] ?? ["Inc.", ""]
      let alternative = random.pick(alternatives)
      return written(brand: brand, legalForm: alternative, comma: !commaBeforeLegalForm)
    }
  }

  private func written(brand: String, legalForm: String, comma: Bool) -> String {
    let words = noun.map { "\(brand) \($0)" } ?? brand
    guard !legalForm.isEmpty else { return words }
    return words + (comma ? ", " : " ") + legalForm
  }
}

/// Makes unique, pronounceable company brands and their domains.
///
/// The brand of account `i` spells a bijective permutation of `i` in base 40 with one
/// syllable per digit, so no two accounts share a brand or a domain.
enum SyntheticCompanyNames {
  static let syllables = [
    "ka", "ve", "lo", "mi", "ra", "to", "su", "ne", "zi", "bri", "dor", "fen", "gal", "hex",
    "jun", "kor", "lum", "mar", "nov", "ori", "pel", "quin", "ros", "sol", "tar", "ul", "vor",
    "wen", "xan", "yel", "zen", "an", "el", "io", "ax", "cy", "dex", "fi", "gro", "tra",
  ]

  static let equivalentLegalForms: [String: [String]] = [
    "Inc.": ["Inc", "Incorporated", "Inc."],
    "Corp.": ["Corporation", "Corp", "Corp."],
    "Corporation": ["Corp.", "Corp"],
    "LLC": ["L.L.C.", "llc"],
    "Co.": ["Company", "Co"],
    "Ltd": ["Limited", "Ltd."],
    "Ltd.": ["Limited", "Ltd"],
    "Limited": ["Ltd", "Ltd."],
    "GmbH": ["G.m.b.H.", "gmbh"],
    "AG": ["A.G."],
    "plc": ["PLC", "p.l.c."],
    "B.V.": ["BV"],
    "N.V.": ["NV"],
    "S.A.": ["SA"],
    "SA": ["S.A."],
    "Pty Ltd": ["Pty. Ltd.", "Pty Limited"],
    "Pvt. Ltd.": ["Private Limited", "Pvt Ltd"],
    "Pte. Ltd.": ["Pte Ltd", "Private Limited"],
    "Co., Ltd.": ["Co. Ltd.", "Company Limited"],
    "Ltda.": ["Ltda"],
  ]

  /// Company names of leads that match no account: the junk and the small businesses any
  /// CRM collects.
  static let unmatchedCompanies = [
    "Self-employed", "Student", "Freelance", "N/A", "Retired", "none", "Independent Consultant",
    "Bright Smile Dental", "Smith & Sons Plumbing", "Riverside Bakery", "University of Nowhere",
    "Harbor View Realty", "Oak Street Pharmacy", "Golden Gate Yoga", "Acme",
  ]

  /// The brand of account number `index` among `count` accounts.
  static func brand(index: Int, count: Int, seed: UInt64) -> String {
    var digits = 3
    var space = 64_000
    while space < count {
      digits += 1
      space *= 40
    }
    let offset = Int(truncatingIfNeeded: seed % UInt64(space))
    // 40_503 is odd and not a multiple of 5, so it is invertible modulo 40^k: a bijection.
    var code = ((index % space) * 40_503 % space + offset) % space
    var text = ""
    for _ in 0..<digits {
      text += syllables[code % 40]
      code /= 40
    }
    return text.prefix(1).uppercased() + text.dropFirst()
  }

  /// A full company name for a brand in an industry and country.
  static func name(
    brand: String, industry: SyntheticIndustry, country: SyntheticCountry,
    using random: inout Xoshiro256StarStar
  ) -> SyntheticCompanyName {
    let noun = random.chance(0.6) ? random.pick(industry.nouns) : nil
    let legalForm = random.pick(country.legalForms)
    let comma = legalForm == "Inc." && random.chance(0.3)
    return SyntheticCompanyName(
      brand: brand, noun: noun, legalForm: legalForm, commaBeforeLegalForm: comma)
  }

  /// The web domain of a company.
  static func domain(
    of name: SyntheticCompanyName, country: SyntheticCountry, using random: inout Xoshiro256StarStar
  ) -> String {
    var host = name.brand.lowercased()
    if let noun = name.noun, random.chance(0.3) { host += noun.lowercased() }
    let suffix = random.chance(0.5) ? ".com" : country.topLevelDomain
    return host + suffix
  }
}
