/// What ``QualificationView/forEachContact(_:)`` joins to each contact's score — persona,
/// committee role, champion flag — in the order of ``ScoringResult/contacts``: found once
/// by position in the pipeline, where the view alone would build a role table and a
/// champion set keyed by contact ID and look up every one of half a million contacts in
/// them (``init(joiningByIDIn:)``, what a view without them does).
package struct ContactLines: Sendable {
  /// Each scored contact's persona.
  package let personas: [Persona]
  /// Each scored contact's committee role, when it is a member of its account's committee.
  package let roles: [CommitteeRole?]
  /// Whether each scored contact is a champion of its account.
  package let champions: [Bool]

  /// The lines of `view`'s scored contacts joined by contact ID: each persona from
  /// `view.personas`, each role and champion flag from the committees' members.
  ///
  /// - Complexity: O(contacts + committee members).
  init(joiningByIDIn view: QualificationView) {
    var roleOf: [String: CommitteeRole] = [:]
    roleOf.reserveCapacity(view.scoring.contacts.count)
    var championIDs = Set<String>()
    for committee in view.committees.values {
      for member in committee.members { roleOf[member.contactID] = member.role }
      for champion in committee.champions where champion.isChampion {
        championIDs.insert(champion.contactID)
      }
    }
    let ids = view.scoring.contacts.lazy.map(\.contactID)
    personas = ids.map { view.personas[$0] ?? .unknown }
    roles = ids.map { roleOf[$0] }
    champions = ids.map { championIDs.contains($0) }
  }

  /// The lines of `scoring` (made by the scorer over `index`, so it knows each contact's
  /// position), with `personaAt` by contact position and the committees of `index`'s
  /// accounts built by position (so that each member is one of its account's contacts).
  ///
  /// - Precondition: `scoring.contactPositions` has one position per contact; `personaAt`
  ///   one persona per contact of `index.data`.
  /// - Complexity: O(contacts × log(the account's contacts)), the accounts on all cores.
  init(
    scoring: ScoringResult, index: ScoringIndex, personaAt: [Persona],
    committees: [String: AccountCommittee]
  ) {
    let positions = scoring.contactPositions
    precondition(positions.count == scoring.contacts.count, "one position per scored contact")
    let contacts = index.data.contacts
    precondition(personaAt.count == contacts.count, "one persona per contact")
    let accounts = index.accounts
    // Each account's members and champions, by contact position.
    let found = ChunkedWork(count: accounts.count).map(each: { item -> [MemberAt] in
      let position = accounts[item]
      guard let committee = committees[index.data.accounts[position].id] else { return [] }
      // The account's contacts by ID, each member found by a binary search: an account may
      // have thousands of contacts, all of them members.
      let own = index.contacts(ofAccount: position).sorted {
        contacts[Int($0)].id < contacts[Int($1)].id
      }
      func place(of id: String) -> Int32? {
        let found = own.partitioningIndex { contacts[Int($0)].id >= id }
        return found < own.endIndex && contacts[Int(own[found])].id == id ? own[found] : nil
      }
      return committee.members.compactMap { member in
        place(of: member.contactID).map { MemberAt(position: $0, role: member.role) }
      }
        + committee.champions.filter(\.isChampion).compactMap { champion in
          place(of: champion.contactID).map { MemberAt(position: $0, role: nil) }
        }
    })
    var roleAt = [CommitteeRole?](repeating: nil, count: contacts.count)
    var championAt = [Bool](repeating: false, count: contacts.count)
    for member in found.joined() {
      if let role = member.role {
        roleAt[Int(member.position)] = role
      } else {
        championAt[Int(member.position)] = true
      }
    }
    personas = positions.map { personaAt[Int($0)] }
    roles = positions.map { roleAt[Int($0)] }
    champions = positions.map { championAt[Int($0)] }
  }

  /// The lines of `scoring` (made by the scorer, so it knows each contact's position), with
  /// `personaAt` by contact position and each contact's role and champion flag from its
  /// account's committee outline.
  ///
  /// - Precondition: `scoring.contactPositions` has one position per contact; `personaAt`
  ///   one persona per contact of the data the outlines were made from.
  /// - Complexity: O(contacts).
  init(scoring: ScoringResult, personaAt: [Persona], outlines: [String: CommitteeOutline]) {
    let positions = scoring.contactPositions
    precondition(positions.count == scoring.contacts.count, "one position per scored contact")
    var roleAt = [CommitteeRole?](repeating: nil, count: personaAt.count)
    var championAt = [Bool](repeating: false, count: personaAt.count)
    for outline in outlines.values {
      for member in outline.members {
        roleAt[Int(member.position)] = member.role
        championAt[Int(member.position)] = member.isChampion
      }
    }
    personas = positions.map { personaAt[Int($0)] }
    roles = positions.map { roleAt[Int($0)] }
    champions = positions.map { championAt[Int($0)] }
  }

  /// A member's role (`nil` for a champion's flag) at its contact position.
  private struct MemberAt: Sendable {
    let position: Int32
    let role: CommitteeRole?
  }
}

extension QualificationView {
  /// Each scored contact's persona, committee role and champion flag, in the order of
  /// ``ScoringResult/contacts``: the pipeline's ``contactLines``, else joined by contact ID.
  ///
  /// - Complexity: O(1) with the pipeline's lines, else O(contacts + committee members).
  package var lines: ContactLines { contactLines ?? ContactLines(joiningByIDIn: self) }
}
