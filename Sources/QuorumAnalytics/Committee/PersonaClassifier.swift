import Foundation

/// Reads a contact's seniority and department from a free-text job title, or from the
/// CRM's `seniority` and `department` columns when those parse.
///
/// The title is normalised first (lower case, split on punctuation, abbreviations such as
/// `Sr.`, `Dir.`, `VP`, `Eng`, `CFO`, `RevOps` expanded), then matched against ordered
/// word lists; the rules are documented in `Committee.md`.
///
/// ```swift
/// let classifier = PersonaClassifier()
/// classifier.classify(title: "Sr. Dir., IT")
/// // Persona(seniority: .director, department: .it)
/// classifier.classify(title: "Chief Revenue Officer")
/// // Persona(seniority: .executive, department: .sales)
/// classifier.classify(title: "Engineer", seniority: "Mgr", department: "R&D")
/// // Persona(seniority: .manager, department: .engineering): the columns win
/// ```
public struct PersonaClassifier: Sendable {
  /// Creates a classifier with the built-in word lists.
  public init() {}

  /// The persona of `contact`, from its `title`, `seniority` and `department`.
  public func classify(_ contact: Contact) -> Persona {
    classify(title: contact.title, seniority: contact.seniority, department: contact.department)
  }

  /// The persona of a person with this title and CRM column values.
  ///
  /// A column value that parses wins over the title; a column that is empty or says
  /// nothing ("Unknown", "Other", "N/A") leaves the decision to the title. A title that
  /// names a C-level or vice president but no function ("President", "EVP") is placed in
  /// the executive department.
  ///
  /// - Complexity: O(n) in the length of the texts.
  public func classify(title: String?, seniority: String? = nil, department: String? = nil)
    -> Persona
  {
    let titleTokens = title.map(TitleTokens.init)
    let level =
      seniority.flatMap(parseSeniority(column:))
      ?? titleTokens.flatMap(seniority(of:)) ?? .unknown
    let function =
      department.flatMap(parseDepartment(column:))
      ?? titleTokens.flatMap(department(of:))
      ?? ([.executive, .vicePresident].contains(level) ? .executive : .other)
    return Persona(seniority: level, department: function)
  }

  /// The seniority a job title names, or `nil` when it names none.
  ///
  /// ```swift
  /// PersonaClassifier().seniority(ofTitle: "Head of Procurement")  // .director
  /// ```
  public func seniority(ofTitle title: String) -> Seniority? {
    seniority(of: TitleTokens(title))
  }

  /// The department a job title names, or `nil` when it names none.
  ///
  /// ```swift
  /// PersonaClassifier().department(ofTitle: "VP Eng")  // .engineering
  /// ```
  public func department(ofTitle title: String) -> Department? {
    department(of: TitleTokens(title))
  }

  /// Parses a CRM `seniority` value ("VP", "Vice President", "C-Level", "Mgr",
  /// "Individual Contributor", "Entry", …); `nil` when it does not parse or says nothing.
  public func parseSeniority(column value: String) -> Seniority? {
    let tokens = TitleTokens(value)
    if let columnValue = PersonaVocabulary.seniorityColumnRules.firstMatch(in: tokens) {
      return columnValue
    }
    return seniority(of: tokens)
  }

  /// Parses a CRM `department` value ("Information Technology", "R&D", "Human
  /// Resources", "Finance & Accounting", …); `nil` when it does not parse or says nothing.
  public func parseDepartment(column value: String) -> Department? {
    let tokens = TitleTokens(value)
    if let columnValue = PersonaVocabulary.departmentColumnRules.firstMatch(in: tokens) {
      return columnValue
    }
    return department(of: tokens)
  }

  private func seniority(of tokens: TitleTokens) -> Seniority? {
    if let level = PersonaVocabulary.seniorityRules.firstMatch(in: tokens) {
      return level
    }
    return tokens.words == ["partner"] ? .executive : nil
  }

  private func department(of tokens: TitleTokens) -> Department? {
    if let function = PersonaVocabulary.departmentPhrases.firstMatch(in: tokens) {
      return function
    }
    let found = Set(tokens.words.compactMap { PersonaVocabulary.departmentWords[$0] })
    return PersonaVocabulary.departmentPriority.first(where: found.contains)
  }

  /// Each contact's persona, in order, classifying each distinct (title, seniority,
  /// department) once — exports repeat a few thousand titles across many contacts.
  ///
  /// - Complexity: O(contacts) hash lookups plus one classification per distinct title.
  public func classify(_ contacts: some Collection<Contact>) -> [Persona] {
    var cache: [PersonaKey: Persona] = [:]
    return contacts.map { classify($0, cache: &cache) }
  }

  /// The persona of `contact`, from `cache` when its (title, seniority, department) was
  /// classified before.
  private func classify(_ contact: Contact, cache: inout [PersonaKey: Persona]) -> Persona {
    let key = PersonaKey(
      title: contact.title, seniority: contact.seniority, department: contact.department)
    if let persona = cache[key] { return persona }
    let persona = classify(title: key.title, seniority: key.seniority, department: key.department)
    cache[key] = persona
    return persona
  }

  /// ``classify(_:)`` of the contacts at `positions` of `contacts` (every one when `nil`),
  /// in one chunk per core: each chunk keeps its own cache of distinct titles, so more
  /// chunks would classify them more often. Contacts are read in place, not copied.
  ///
  /// - Complexity: O(contacts / cores) hash lookups plus one classification per distinct
  ///   title per core.
  static func classifyOnAllCores(_ contacts: [Contact], at positions: [Int]? = nil)
    -> [Persona]
  {
    let count = positions?.count ?? contacts.count
    return ChunkedWork(count: count, chunks: ProcessInfo.processInfo.activeProcessorCount).map(
      state: { (classifier: PersonaClassifier(), cache: [PersonaKey: Persona]()) }
    ) { state, index in
      state.classifier.classify(contacts[positions?[index] ?? index], cache: &state.cache)
    }
  }
}

/// What a persona is classified from: the cache key of ``PersonaClassifier/classify(_:)``.
private struct PersonaKey: Hashable {
  var title: String?
  var seniority: String?
  var department: String?
}
