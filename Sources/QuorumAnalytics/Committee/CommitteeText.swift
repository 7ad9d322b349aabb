/// Wording shared by the committee's evidence, reasons and actions.
enum CommitteeText {
  /// "1 week", "2 weeks".
  static func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
    count == 1 ? singular : (pluralForm ?? singular + "s")
  }

  /// "IT", "IT and operations", "finance, IT and operations".
  static func list(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    guard items.count > 1 else { return last }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }

  /// How a department reads in a sentence: "IT", "HR", "finance".
  static func label(_ department: Department) -> String {
    switch department {
    case .it: "IT"
    case .hr: "HR"
    default: department.rawValue
    }
  }

  /// How a seniority reads in a sentence: "C-level", "VP", "director".
  static func label(_ seniority: Seniority) -> String {
    switch seniority {
    case .executive: "C-level"
    case .vicePresident: "VP"
    case .director: "director"
    case .manager: "manager"
    case .individualContributor: "individual contributor"
    case .unknown: "unknown seniority"
    }
  }

  /// How a role reads in a sentence: "economic buyer", "technical evaluator".
  static func label(_ role: CommitteeRole) -> String {
    role.rawValue.replacingUnderscores()
  }

  /// A contact as actions name them: "Jane Doe (C-7)", or the ID alone.
  static func person(id: String, name: String?) -> String {
    guard let name, !name.isEmpty else { return id }
    return "\(name) (\(id))"
  }
}

extension String {
  fileprivate func replacingUnderscores() -> String {
    String(map { $0 == "_" ? " " : $0 })
  }
}
