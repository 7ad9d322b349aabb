/// Assigns each contact of an account a committee role, with a confidence and the
/// evidence.
///
/// A role recorded in the CRM on the contact's latest opportunity wins (confidence 1).
/// Otherwise the role is inferred from the persona, first rule that applies:
///
/// | persona | role | confidence |
/// |---|---|---|
/// | procurement, any level | procurement | 0.8 |
/// | legal, any level | legal | 0.8 |
/// | C-level in finance or general management | economic buyer | 0.9 |
/// | VP in finance or general management | economic buyer | 0.75 |
/// | C-level in a buying function | economic buyer | 0.65 |
/// | VP / director in a buying function | decision maker | 0.7 / 0.6 |
/// | C-level / VP / director in IT or engineering (not buying) | technical evaluator | 0.55 |
/// | manager / IC in IT or engineering | technical evaluator | 0.7 (0.45 level unknown) |
/// | manager / IC in a buying function | user | 0.6 (0.4 level unknown) |
/// | C-level / VP / director elsewhere | influencer | 0.5 |
/// | nothing known (no level, no function) | other | 0.1 |
/// | anyone else | influencer | 0.35 |
///
/// When no one at the account is an economic buyer (recorded or inferred), the most
/// senior director-or-above in finance, general management or a buying function is
/// promoted to economic buyer (confidence 0.5).
public struct CommitteeRoleInference: Sendable {
  /// The functions that buy and use the product.
  public var buyingDepartments: Set<Department>

  /// Creates an inference with the given buying functions.
  public init(buyingDepartments: Set<Department> = CommitteeSettings.defaultBuyingDepartments) {
    self.buyingDepartments = buyingDepartments
  }

  /// The role a persona suggests on its own, without account context.
  ///
  /// ```swift
  /// CommitteeRoleInference().inferredRole(for: Persona(seniority: .executive,
  ///   department: .finance)).role  // .economicBuyer
  /// ```
  public func inferredRole(for persona: Persona) -> InferredRole {
    let level = persona.seniority
    let function = persona.department
    let who = "\(CommitteeText.label(level)) in \(CommitteeText.label(function))"
    let buying = buyingDepartments.contains(function)
    let technical = function == .it || function == .engineering
    let senior = level == .executive || level == .vicePresident || level == .director
    switch function {
    case .procurement: return InferredRole(.procurement, 0.8, "\(who): runs the purchase")
    case .legal: return InferredRole(.legal, 0.8, "\(who): reviews the contract")
    default: break
    }
    if level == .unknown && function == .other {
      return InferredRole(.other, 0.1, "no title evidence")
    }
    if function == .finance || function == .executive {
      if level == .executive {
        return InferredRole(.economicBuyer, 0.9, "\(who): controls the budget")
      }
      if level == .vicePresident {
        return InferredRole(.economicBuyer, 0.75, "\(who): signs off budget")
      }
    }
    if buying {
      switch level {
      case .executive:
        return InferredRole(.economicBuyer, 0.65, "\(who): owns the buying function's budget")
      case .vicePresident:
        return InferredRole(.decisionMaker, 0.7, "\(who): leads the buying function")
      case .director:
        return InferredRole(.decisionMaker, 0.6, "\(who): leads in the buying function")
      default: break
      }
    }
    if technical {
      if senior { return InferredRole(.technicalEvaluator, 0.55, "\(who): technical leadership") }
      let confidence = level == .unknown ? 0.45 : 0.7
      return InferredRole(.technicalEvaluator, confidence, "\(who): evaluates the technology")
    }
    if buying {
      let confidence = level == .unknown ? 0.4 : 0.6
      return InferredRole(.user, confidence, "\(who): works in the buying function")
    }
    if senior {
      return InferredRole(.influencer, 0.5, "\(who): senior outside the buying function")
    }
    return InferredRole(.influencer, 0.35, "\(who): outside the buying function")
  }

  /// The committee of one account: a member for each contact, in the order of
  /// ``CommitteeRole`` (economic buyer first), then by confidence (highest first), then
  /// by contact ID.
  ///
  /// - Parameters:
  ///   - contacts: the account's contacts.
  ///   - personas: each contact's persona, in the same order (see ``PersonaClassifier``).
  ///   - explicitRoles: CRM roles by contact ID (see ``ExplicitRole/latest(opportunities:opportunityContacts:asOf:)``).
  /// - Precondition: `personas.count == contacts.count`.
  /// - Complexity: O(n log n) in the number of contacts.
  public func members(
    of contacts: [Contact], personas: [Persona], explicitRoles: [String: ExplicitRole]
  ) -> [CommitteeMember] {
    members(
      of: contacts, personas: personas,
      explicitRolesByPosition: contacts.map { explicitRoles[$0.id] }
    ) { inferredRole(for: $0) }.members
  }

  /// ``members(of:personas:explicitRoles:)`` with each contact's CRM role given beside it
  /// (`explicitRoles[i]` is `contacts[i]`'s) and the inferred roles looked up in `inferred`
  /// (e.g. an ``InferredRoleTable``) instead of worked out per contact; with the members,
  /// where each came from: `members[k]` is `contacts[order[k]]`'s.
  ///
  /// - Precondition: `personas` and `explicitRoles` hold one entry per contact.
  func members(
    of contacts: [Contact], personas: [Persona],
    explicitRolesByPosition explicitRoles: [ExplicitRole?], inferred: (Persona) -> InferredRole
  ) -> (members: [CommitteeMember], order: [Int]) {
    precondition(
      personas.count == contacts.count && explicitRoles.count == contacts.count,
      "one persona and one explicit role (or none) per contact")
    var members = contacts.indices.map { index in
      member(
        contacts[index], persona: personas[index], explicitRole: explicitRoles[index],
        inferred: inferred)
    }
    promoteEconomicBuyer(in: &members)
    // Positions sorted, then each member moved once: sorting the members themselves copies
    // one (five strings) at every step.
    let order = members.indices.sorted {
      (members[$0].role, -members[$0].confidence, members[$0].contactID)
        < (members[$1].role, -members[$1].confidence, members[$1].contactID)
    }
    members.permute(to: order)
    return (members, order)
  }

  private func member(
    _ contact: Contact, persona: Persona, explicitRole: ExplicitRole?,
    inferred: (Persona) -> InferredRole
  ) -> CommitteeMember {
    let name = contact.committeeDisplayName
    if let explicitRole {
      return CommitteeMember(
        contactID: contact.id, name: name, title: contact.title, persona: persona,
        role: explicitRole.role, confidence: 1, evidence: explicitRole.evidence,
        source: .explicit)
    }
    let guess = inferred(persona)
    return CommitteeMember(
      contactID: contact.id, name: name, title: contact.title, persona: persona,
      role: guess.role, confidence: guess.confidence, reason: guess.reason)
  }

  /// Names the most senior relevant person economic buyer when nobody is.
  private func promoteEconomicBuyer(in members: inout [CommitteeMember]) {
    guard
      let best = economicBuyerPromotion(
        count: members.count, role: { members[$0].role },
        isInferred: { members[$0].source == .inferred }, persona: { members[$0].persona },
        contactID: { members[$0].contactID })
    else { return }
    let persona = members[best].persona
    members[best].role = .economicBuyer
    members[best].confidence = Self.promotedConfidence
    members[best].evidence =
      "most senior person in a relevant function at the account "
      + "(\(CommitteeText.label(persona.seniority)) in \(CommitteeText.label(persona.department)))"
  }

  /// The confidence of a role promoted to economic buyer.
  static let promotedConfidence = 0.5

  /// The member, of `count` given by index, promoted to economic buyer when none of them is
  /// one: the most senior inferred member (director or above) in finance, general
  /// management or a buying function — ties to finance, then general management, then the
  /// smaller contact ID; `nil` when someone is economic buyer already, or nobody qualifies.
  ///
  /// - Complexity: O(`count`).
  func economicBuyerPromotion(
    count: Int, role: (Int) -> CommitteeRole, isInferred: (Int) -> Bool,
    persona: (Int) -> Persona, contactID: (Int) -> String
  ) -> Int? {
    guard !(0..<count).contains(where: { role($0) == .economicBuyer }) else { return nil }
    let relevant = buyingDepartments.union([.finance, .executive])
    func functionRank(_ department: Department) -> Int {
      department == .finance ? 0 : department == .executive ? 1 : 2
    }
    let candidates = (0..<count).filter { index in
      let persona = persona(index)
      return isInferred(index) && persona.seniority <= .director
        && relevant.contains(persona.department)
    }
    return candidates.min { lhs, rhs in
      let (a, b) = (persona(lhs), persona(rhs))
      return (a.seniority.rank, functionRank(a.department), contactID(lhs))
        < (b.seniority.rank, functionRank(b.department), contactID(rhs))
    }
  }
}

/// A role suggested by a persona alone.
public struct InferredRole: Hashable, Sendable {
  /// The role.
  public var role: CommitteeRole
  /// How sure, 0...1.
  public var confidence: Double
  /// The rule that fired, in words.
  public var reason: String

  /// Creates an inferred role.
  public init(_ role: CommitteeRole, _ confidence: Double, _ reason: String) {
    self.role = role
    self.confidence = confidence
    self.reason = reason
  }
}
