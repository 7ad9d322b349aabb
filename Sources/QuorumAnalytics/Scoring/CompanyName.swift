/// Company names normalised for matching contacts to accounts.
///
/// Case, punctuation and diacritics are folded, `&` and `+` read as `and`, a leading
/// `the` and trailing legal-form suffixes are dropped:
/// `"ACME, Inc."`, `"Acme Incorporated"` and `"acme"` all become `acme`;
/// `"Müller & Söhne GmbH & Co. KG"` becomes `muller and sohne`.
public enum CompanyName {
  /// The normalised form of a company name; empty when nothing is left.
  ///
  /// Suffixes are only dropped from the end and never the last word, so `"Company Inc"`
  /// stays `company`.
  public static func normalized(_ name: String) -> String {
    var words = self.words(of: name)
    if words.count > 1, words[0] == "the" { words.removeFirst() }
    while words.count > 1 {
      let last = words[words.count - 1]
      if legalSuffixes.contains(last) || last == "and" {
        words.removeLast()
      } else if words.count > 2, last.count == 1, words[words.count - 2].count == 1,
        legalSuffixes.contains(words[words.count - 2] + last)
      {
        words.removeLast(2)  // "S A", "B V" written with spaces
      } else {
        break
      }
    }
    return words.joined(separator: " ")
  }

  /// Lowercase, diacritic-free words; dots and apostrophes join (`S.A.` → `sa`,
  /// `Macy's` → `macys`), `&`/`+` become `and`, other punctuation separates.
  private static func words(of name: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    func flush() {
      if !current.isEmpty { words.append(String(current)) }
      current = String.UnicodeScalarView()
    }
    for scalar in TextKey.foldedScalars(name) {
      switch scalar {
      case ".", "'", "\u{2019}", "`": continue
      case "&", "+":
        flush()
        words.append("and")
      default:
        if TextKey.isWordScalar(scalar) { current.append(scalar) } else { flush() }
      }
    }
    flush()
    return words
  }

  /// Legal-form words, after dots are removed (`S.A.` → `sa`, `S.p.A.` → `spa`).
  static let legalSuffixes: Set<String> = [
    "inc", "incorporated", "corp", "corporation", "co", "cos", "company", "companies", "llc",
    "llp", "lp", "ltd", "limited", "plc", "gmbh", "mbh", "ag", "kg", "kgaa", "ug", "ev", "se",
    "sa", "sas", "sasu", "sarl", "sca", "scs", "bv", "nv", "vof", "pty", "pvt", "oy", "oyj",
    "ab", "as", "asa", "aps", "spa", "srl", "sl", "slu", "sro", "kk", "gk", "bhd", "sdn", "pte",
    "lda", "ltda", "cv", "sab", "ohg", "zrt", "kft", "doo", "sp", "zoo",
  ]
}
