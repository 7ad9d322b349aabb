/// Every persona's inferred role, worked out once.
///
/// ``CommitteeRoleInference/inferredRole(for:)`` depends on the persona alone — a
/// (seniority, department) pair — so the contacts of one persona can share one role and one
/// reason text instead of each formatting its own: half a million contacts map onto 72
/// entries (6 seniorities × 12 departments).
struct InferredRoleTable: Sendable {
  private let roles: [InferredRole]

  /// The inferred role of every (seniority, department) pair under `inference`.
  init(_ inference: CommitteeRoleInference) {
    roles = Seniority.allCases.flatMap { seniority in
      Department.allCases.map {
        inference.inferredRole(for: Persona(seniority: seniority, department: $0))
      }
    }
  }

  /// The role `inference` infers for `persona`.
  subscript(persona: Persona) -> InferredRole {
    let seniority = Seniority.allCases.firstIndex(of: persona.seniority) ?? 0
    let department = Department.allCases.firstIndex(of: persona.department) ?? 0
    return roles[seniority * Department.allCases.count + department]
  }
}
