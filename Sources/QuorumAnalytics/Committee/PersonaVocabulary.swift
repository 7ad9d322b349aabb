/// The word lists behind ``PersonaClassifier``: which title words mean which seniority and
/// which department. Documented in `Committee.md`.
enum PersonaVocabulary {
  /// Seniority rules for titles, most specific first: the first rule whose phrase occurs
  /// anywhere in the title decides.
  static let seniorityRules = PhraseRules<Seniority>(
    [
      // Titles that name a senior person without being one, and other exceptions.
      ("executive assistant", .individualContributor),
      ("personal assistant", .individualContributor),
      ("administrative assistant", .individualContributor),
      ("chief of staff", .director), ("deputy chief", .vicePresident),
      ("associate general counsel", .director), ("assistant general counsel", .director),
      ("deputy general counsel", .vicePresident), ("general counsel", .executive),
      ("product owner", .individualContributor), ("process owner", .individualContributor),
      ("account executive", .individualContributor), ("account manager", .individualContributor),
      ("business partner", .individualContributor),
      ("associate director", .manager), ("assistant director", .manager),
      ("executive director", .director), ("general manager", .director),
      ("managing director", .executive), ("managing partner", .executive),
      ("founding partner", .executive), ("general partner", .executive),
      ("senior partner", .executive), ("equity partner", .executive),
      ("board member", .executive),
      // C-level, founders, owners.
      ("chief", .executive), ("cofounder", .executive), ("founder", .executive),
      ("owner", .executive), ("president", .executive), ("chairman", .executive),
      ("chairwoman", .executive), ("chairperson", .executive), ("chair", .executive),
      // Vice presidents.
      ("vp", .vicePresident),
      // Directors and heads.
      ("director", .director), ("head", .director), ("treasurer", .director),
      // Managers and leads.
      ("manager", .manager), ("lead", .manager), ("leader", .manager),
      ("supervisor", .manager), ("controller", .manager), ("comptroller", .manager),
      ("superintendent", .manager), ("foreman", .manager),
    ] + individualContributorWords.map { ($0, .individualContributor) })

  /// Words that make a title an individual contributor's when nothing more senior occurs.
  private static let individualContributorWords = [
    "engineer", "developer", "programmer", "analyst", "specialist", "associate",
    "coordinator", "representative", "agent", "administrator", "consultant", "architect",
    "scientist", "designer", "accountant", "bookkeeper", "clerk", "assistant", "intern",
    "trainee", "apprentice", "buyer", "recruiter", "sourcer", "counsel", "attorney", "lawyer",
    "paralegal", "technician", "tester", "officer", "planner", "generalist", "strategist",
    "advisor", "adviser", "writer", "copywriter", "editor", "researcher", "auditor", "operator",
    "staff", "contributor", "fellow", "principal", "expert", "professional", "individual",
    "junior", "entry", "student",
  ]

  /// Seniority words that only a CRM `seniority` column uses ("Executive", "Senior",
  /// "Entry"); tried before ``seniorityRules``. A `nil` value means the column explicitly
  /// says nothing ("Unknown", "N/A"), so the title decides.
  static let seniorityColumnRules = PhraseRules<Seniority?>([
    ("unknown", nil), ("none", nil), ("other", nil), ("n", nil), ("na", nil),
    ("clevel", .executive), ("csuite", .executive), ("executive", .executive),
    ("executives", .executive), ("chief", .executive), ("owner", .executive),
    ("founder", .executive), ("partner", .executive), ("president", .executive),
    ("vp", .vicePresident), ("director", .director), ("directors", .director),
    ("head", .director), ("manager", .manager), ("managers", .manager),
    ("management", .manager), ("lead", .manager), ("supervisor", .manager),
    ("individual", .individualContributor), ("ic", .individualContributor),
    ("entry", .individualContributor), ("junior", .individualContributor),
    ("staff", .individualContributor), ("senior", .individualContributor),
    ("associate", .individualContributor), ("intern", .individualContributor),
    ("training", .individualContributor), ("trainee", .individualContributor),
    ("professional", .individualContributor), ("employee", .individualContributor),
    ("mid", .individualContributor),
  ])

  /// Department phrases of two or more words, most specific first; the first that occurs
  /// decides, before any single word.
  static let departmentPhrases = PhraseRules<Department>([
    ("chief technology officer", .engineering), ("chief information officer", .it),
    ("chief executive", .executive), ("chief of staff", .executive),
    ("general counsel", .legal), ("data protection", .legal),
    ("human resources", .hr), ("talent acquisition", .hr),
    ("accounts payable", .finance), ("accounts receivable", .finance),
    ("investor relations", .finance),
    ("information technology", .it), ("information security", .it),
    ("information systems", .it), ("help desk", .it), ("service desk", .it),
    ("product marketing", .marketing), ("marketing technology", .marketing),
    ("graphic designer", .marketing), ("graphic design", .marketing),
    ("revenue operations", .operations), ("business operations", .operations),
    ("business development", .sales), ("sales engineer", .sales),
    ("sales engineering", .sales), ("account executive", .sales),
    ("data scientist", .engineering), ("data science", .engineering),
    ("data engineer", .engineering), ("data engineering", .engineering),
    ("quality assurance", .engineering), ("site reliability", .engineering),
    ("managing director", .executive), ("general manager", .executive),
    ("executive director", .executive), ("board member", .executive),
    ("office manager", .operations), ("product owner", .product),
    ("customer success", .operations),
  ])

  /// Single department words; when a title holds words of several departments, the one
  /// earliest in ``departmentPriority`` wins ("Financial Systems Analyst" is finance).
  static let departmentWords: [String: Department] = {
    let lists: [(Department, [String])] = [
      (
        .procurement,
        [
          "procurement", "purchasing", "purchase", "sourcing", "buyer", "buyers", "vendor",
          "supplier", "suppliers",
        ]
      ),
      (
        .legal,
        [
          "legal", "counsel", "attorney", "lawyer", "paralegal", "compliance", "contracts",
          "contract", "privacy", "regulatory", "litigation",
        ]
      ),
      (
        .hr,
        [
          "hr", "hris", "human", "people", "talent", "recruiter", "recruiting", "recruitment",
          "sourcer", "payroll", "benefits", "compensation", "learning", "training", "workforce",
          "personnel",
        ]
      ),
      (
        .finance,
        [
          "finance", "financial", "accounting", "accountant", "controller", "comptroller",
          "treasurer", "treasury", "tax", "audit", "auditor", "bookkeeper", "billing", "fpa",
          "pnl", "mna", "investor", "credit",
        ]
      ),
      (
        .it,
        [
          "it", "information", "systems", "sysadmin", "network", "networking", "helpdesk",
          "infrastructure", "security", "cybersecurity", "database", "dba", "cloud",
          "technology", "tech", "ict", "erp", "servicedesk", "desktop",
        ]
      ),
      (
        .engineering,
        [
          "engineering", "engineer", "engineers", "developer", "developers", "software", "rnd",
          "research", "programmer", "devops", "qa", "architect", "scientist", "firmware",
          "hardware", "embedded", "frontend", "backend", "fullstack", "tester", "reliability",
          "mechanical", "electrical",
        ]
      ),
      (.product, ["product", "products", "ux", "ui", "design", "designer"]),
      (
        .marketing,
        [
          "marketing", "brand", "branding", "communications", "comms", "pr", "content", "seo",
          "sem", "growth", "demand", "demandgen", "leadgen", "social", "events", "advertising",
          "media", "campaign", "campaigns", "creative", "copywriter", "ecommerce",
        ]
      ),
      (
        .sales,
        [
          "sales", "revenue", "commercial", "account", "accounts", "partnerships", "channel",
          "alliances", "presales",
        ]
      ),
      (
        .operations,
        [
          "operations", "operating", "operational", "logistics", "facilities", "warehouse",
          "production", "manufacturing", "plant", "fulfillment", "supply", "customer",
          "support", "service", "services", "quality",
        ]
      ),
      (
        .executive,
        [
          "founder", "cofounder", "owner", "president", "chairman", "chairwoman",
          "chairperson", "chair", "board",
        ]
      ),
    ]
    var words: [String: Department] = [:]
    for (department, list) in lists {
      for word in list { words[word] = department }
    }
    return words
  }()

  /// Which department wins when a title holds words of several: the most specific
  /// function first, general management last.
  static let departmentPriority: [Department] = [
    .procurement, .legal, .hr, .finance, .it, .engineering, .product, .marketing, .sales,
    .operations, .executive, .other,
  ]

  /// Department words that only a CRM `department` column uses; tried first. A `nil`
  /// value means the column explicitly says nothing ("Other", "Unknown"), so the title
  /// decides.
  static let departmentColumnRules = PhraseRules<Department?>([
    ("unknown", nil), ("none", nil), ("other", nil), ("n", nil), ("na", nil),
    ("misc", nil),
    ("executive", .executive), ("executives", .executive), ("management", .executive),
    ("leadership", .executive), ("csuite", .executive), ("clevel", .executive),
  ])
}

/// An ordered list of phrase rules: the first rule (in list order) whose phrase occurs
/// anywhere in a title decides.
struct PhraseRules<Value: Sendable>: Sendable {
  private let rules: [(phrase: [String], value: Value)]
  /// Rule positions by the first word of their phrase.
  private let byFirstWord: [String: [Int]]

  /// Creates the rules; each phrase is normalised as a title would be ("chief of staff"
  /// → `chief staff`).
  init(_ pairs: [(String, Value)]) {
    rules = pairs.map { (phrase: TitleTokens($0.0).words, value: $0.1) }
    var index: [String: [Int]] = [:]
    for (position, rule) in rules.enumerated() {
      if let first = rule.phrase.first { index[first, default: []].append(position) }
    }
    byFirstWord = index
  }

  /// The value of the first rule whose phrase occurs in `tokens`, or `nil`.
  ///
  /// For rules of optional values, `.some(nil)` means a rule matched that says "nothing".
  ///
  /// - Complexity: O(w · k) for w words and k rules sharing a first word.
  func firstMatch(in tokens: TitleTokens) -> Value? {
    let words = tokens.words
    var best = Int.max
    for start in words.indices {
      for position in byFirstWord[words[start], default: []] where position < best {
        let phrase = rules[position].phrase
        if start + phrase.count <= words.count,
          words[start..<start + phrase.count].elementsEqual(phrase)
        {
          best = position
        }
      }
    }
    return best == Int.max ? nil : rules[best].value
  }
}
