/// Rolls contacts up into accounts.
///
/// In order: the contact's `account_id` when it names a known account; else the e-mail
/// domain against account domains (`www.` ignored, a subdomain matches its parent, the most
/// specific domain wins, free-mail never matches); else the normalised company name (see
/// ``CompanyName``). A domain or name that fits several accounts is reported as
/// ambiguous with the candidates, never guessed — except that a company name picking
/// exactly one of the accounts sharing a domain settles it.
///
/// ```swift
/// let matcher = AccountMatcher(accounts: [Account(id: "A1", name: "Acme")])
/// matcher.match(Contact(id: "C1", company: "ACME, Inc.", createdAt: t)).accountID  // "A1"
/// ```
///
/// - Complexity: building is O(accounts); each match is O(length of the e-mail and name).
public struct AccountMatcher: Sendable {
  private let accountNames: [String]
  private let normalizedNames: [String]
  private let byID: [String: Int]
  private let byDomain: [String: [Int]]
  private let byName: [String: [Int]]
  private let ids: [String]

  /// Indexes `accounts` by id, normalised domain and normalised name. Of several accounts
  /// with the same id the first is kept; accounts on a free-mail domain are not indexed by
  /// domain.
  public init(accounts: [Account]) {
    var byID: [String: Int] = [:]
    var byDomain: [String: [Int]] = [:]
    var byName: [String: [Int]] = [:]
    byID.reserveCapacity(accounts.count)
    // Normalising the names (diacritics, legal suffixes) and the domains is most of the
    // work: on all cores.
    let keys = ChunkedWork(count: accounts.count).map(each: { position in
      let account = accounts[position]
      let domain = account.domain.flatMap(EmailDomain.normalized)
      return (
        name: CompanyName.normalized(account.name),
        domain: domain.flatMap { EmailDomain.isFreeMail($0) ? nil : $0 }
      )
    })
    // By index: enumerating the accounts would copy each (a dozen retains and releases).
    for index in accounts.indices where byID[accounts[index].id] == nil {
      byID[accounts[index].id] = index
      if let domain = keys[index].domain { byDomain[domain, default: []].append(index) }
      let name = keys[index].name
      if !name.isEmpty { byName[name, default: []].append(index) }
    }
    let normalizedNames = keys.map(\.name)
    self.byID = byID
    self.byDomain = byDomain
    self.byName = byName
    ids = accounts.map(\.id)
    accountNames = accounts.map(\.name)
    self.normalizedNames = normalizedNames
  }

  /// The account `contact` belongs to, with the method and evidence.
  public func match(_ contact: Contact) -> AccountMatch {
    var notes: [String] = []
    if let id = contact.accountID, !id.isEmpty {
      if byID[id] != nil {
        return .explicit(id)
      }
      notes.append("account_id \(id) is not a known account")
    }
    let name = contact.company.map(CompanyName.normalized) ?? ""
    if let email = contact.email, let domain = EmailDomain.ofEmail(email) {
      let suffixes = EmailDomain.suffixes(of: domain)
      if EmailDomain.isFreeMail(suffixes: suffixes) {
        notes.append("\(domain) is free-mail")
      } else if let match = matchDomain(domain, suffixes, name: name, company: contact.company) {
        return match
      } else {
        notes.append("no account has domain \(domain)")
      }
    }
    if !name.isEmpty {
      let candidates = byName[name] ?? []
      if candidates.count == 1 {
        let account = candidates[0]
        return AccountMatch(
          method: .companyName, accountID: ids[account],
          evidence: "company \(quoted(contact.company)) is \(quoted(accountNames[account]))")
      }
      if candidates.count > 1 {
        return ambiguous(candidates, "company \(quoted(contact.company)) fits several accounts")
      }
      notes.append("no account is named \(quoted(contact.company))")
    }
    if notes.isEmpty { notes.append("no account_id, e-mail or company") }
    return AccountMatch(method: .unmatched, evidence: notes.joined(separator: "; "))
  }

  private func matchDomain(
    _ domain: String, _ suffixes: [String], name: String, company: String?
  ) -> AccountMatch? {
    for suffix in suffixes {
      guard let candidates = byDomain[suffix] else { continue }
      let via = suffix == domain ? "e-mail domain \(domain)" : "e-mail domain \(domain) → \(suffix)"
      if candidates.count == 1 {
        return AccountMatch(method: .emailDomain, accountID: ids[candidates[0]], evidence: via)
      }
      let named = candidates.filter { normalizedNames[$0] == name }
      if !name.isEmpty, named.count == 1 {
        return AccountMatch(
          method: .companyName, accountID: ids[named[0]],
          evidence: "\(via) is shared by \(candidates.count) accounts; company "
            + "\(quoted(company)) picks \(quoted(accountNames[named[0]]))")
      }
      return ambiguous(candidates, "\(via) fits several accounts")
    }
    return nil
  }

  private func ambiguous(_ candidates: [Int], _ evidence: String) -> AccountMatch {
    let sorted = candidates.map { ids[$0] }.sorted()
    return AccountMatch(
      method: .ambiguous, evidence: "\(evidence): \(sorted.joined(separator: ", "))",
      candidates: sorted)
  }

  private func quoted(_ text: String?) -> String { "'\(text ?? "")'" }
}
