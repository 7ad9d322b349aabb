/// The normalised words of a job title or of a CRM `seniority` / `department` value:
/// lower-cased, split on punctuation and spaces, abbreviations expanded ("Sr. Dir., IT" →
/// `senior director it`, "CFO" → `chief financial officer`), filler words and level
/// numerals ("of", "the", "II") dropped.
///
/// - Complexity: O(n) in the length of the text.
struct TitleTokens: Hashable, Sendable {
  /// The words, in title order.
  let words: [String]

  /// Tokenises `text`.
  init(_ text: String) {
    var words: [String] = []
    for raw in TitleTokens.rawTokens(text.lowercased()) {
      words.append(contentsOf: TitleTokens.expansions[raw] ?? [raw])
    }
    words = TitleTokens.mergePairs(words)
    words = TitleTokens.truncateAssistantTo(words)
    self.words = words.filter { !TitleTokens.fillers.contains($0) && !$0.allSatisfy(\.isNumber) }
  }

  /// Splits on everything but letters, digits and `&`; `&` inside a short token is kept as
  /// one word ("r&d" → `rnd`, "fp&a" → `fpa`), otherwise it separates words.
  private static func rawTokens(_ text: String) -> [String] {
    var tokens: [String] = []
    var current = ""
    func flush() {
      defer { current = "" }
      guard !current.isEmpty else { return }
      if let joined = ampersandWords[current] {
        tokens.append(joined)
      } else {
        tokens.append(contentsOf: current.split(separator: "&").map(String.init))
      }
    }
    for character in text {
      if character.isLetter || character.isNumber || character == "&" {
        current.append(character)
      } else {
        flush()
      }
    }
    flush()
    return tokens
  }

  /// Joins word pairs that are one concept: "vice president" → `vp`, "co founder" →
  /// `cofounder`, "c level" → `clevel`.
  private static func mergePairs(_ words: [String]) -> [String] {
    var merged: [String] = []
    var index = 0
    while index < words.count {
      if index + 1 < words.count, let joined = pairs["\(words[index]) \(words[index + 1])"] {
        merged.append(joined)
        index += 2
      } else {
        merged.append(words[index])
        index += 1
      }
    }
    return merged
  }

  /// "Assistant to the CEO" is an assistant, not a CEO: drops what follows "assistant to".
  private static func truncateAssistantTo(_ words: [String]) -> [String] {
    guard let index = words.firstIndex(of: "assistant"), index + 1 < words.count,
      words[index + 1] == "to"
    else { return words }
    return Array(words[...index])
  }

  private static let ampersandWords: [String: String] = [
    "r&d": "rnd", "fp&a": "fpa", "p&l": "pnl", "m&a": "mna", "l&d": "learning",
  ]

  private static let pairs: [String: String] = [
    "vice president": "vp", "co founder": "cofounder", "c level": "clevel",
    "c suite": "csuite", "e commerce": "ecommerce", "chair person": "chairperson",
    "entry level": "entry", "non manager": "individual", "lead generation": "leadgen",
    "demand generation": "demandgen",
  ]

  private static let fillers: Set<String> = [
    "of", "the", "and", "for", "at", "in", "a", "an", "to", "i", "ii", "iii", "iv",
  ]

  private static let chief = "chief"
  private static let officer = "officer"

  /// Abbreviations and their expansions.
  private static let expansions: [String: [String]] = [
    // Levels.
    "sr": ["senior"], "snr": ["senior"], "jr": ["junior"], "dir": ["director"],
    "mgr": ["manager"], "mngr": ["manager"], "mgmt": ["management"], "svp": ["vp"],
    "evp": ["vp"], "avp": ["vp"], "vicepresident": ["vp"], "asst": ["assistant"],
    "assoc": ["associate"], "coord": ["coordinator"], "rep": ["representative"],
    "admin": ["administrator"], "exec": ["executive"], "supv": ["supervisor"],
    "cxo": [chief], "md": ["managing", "director"], "gm": ["general", "manager"],
    // C-level acronyms.
    "ceo": [chief, "executive", officer], "cfo": [chief, "financial", officer],
    "cto": [chief, "technology", officer], "cio": [chief, "information", officer],
    "ciso": [chief, "information", "security", officer],
    "coo": [chief, "operating", officer], "cmo": [chief, "marketing", officer],
    "cro": [chief, "revenue", officer], "cpo": [chief, "product", officer],
    "chro": [chief, "human", "resources", officer], "clo": [chief, "legal", officer],
    "cco": [chief, "commercial", officer], "cso": [chief, "sales", officer],
    "cdo": [chief, "data", officer], "cao": [chief, "accounting", officer],
    "gc": ["general", "counsel"],
    // Functions.
    "eng": ["engineering"], "engg": ["engineering"], "engr": ["engineer"],
    "ops": ["operations"], "mktg": ["marketing"], "mkt": ["marketing"],
    "fin": ["finance"], "acct": ["account"], "accts": ["accounts"],
    "revops": ["revenue", "operations"], "salesops": ["sales", "operations"],
    "bizops": ["business", "operations"], "mops": ["marketing", "operations"],
    "bizdev": ["business", "development"], "bd": ["business", "development"],
    "sdr": ["sales", "development", "representative"],
    "bdr": ["business", "development", "representative"],
    "ae": ["account", "executive"], "swe": ["software", "engineer"],
    "sde": ["software", "engineer"], "sre": ["site", "reliability", "engineer"],
    "infosec": ["information", "security"], "hrbp": ["hr", "business", "partner"],
    "ta": ["talent", "acquisition"], "pm": ["product", "manager"],
    "procure": ["procurement"], "purch": ["purchasing"],
  ]
}
