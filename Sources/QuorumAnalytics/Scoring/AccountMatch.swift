/// How a contact was rolled up into an account.
public enum MatchMethod: String, Hashable, Sendable, CaseIterable, Comparable {
  /// The contact's `account_id` names an existing account.
  case explicitID = "explicit_id"
  /// The e-mail domain (or a parent of it) is an account's domain.
  case emailDomain = "email_domain"
  /// The normalised company name is an account's normalised name.
  case companyName = "company_name"
  /// The domain or name fits several accounts; none is guessed.
  case ambiguous
  /// Nothing matched.
  case unmatched

  /// Whether the contact was rolled up into an account.
  public var isMatched: Bool { self == .explicitID || self == .emailDomain || self == .companyName }

  /// Orders methods as listed: explicit id first, unmatched last.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    (Self.allCases.firstIndex(of: lhs) ?? 0) < (Self.allCases.firstIndex(of: rhs) ?? 0)
  }
}

/// The account a contact belongs to, how that was decided, and the evidence.
public struct AccountMatch: Hashable, Sendable {
  /// How the contact was matched.
  public var method: MatchMethod
  /// The account, when matched.
  public var accountID: String?
  /// Why, in words: e.g. `email domain eu.acme.com → acme.com`.
  public var evidence: String {
    get { writtenEvidence ?? "account_id \(accountID ?? "")" }
    set { writtenEvidence = newValue }
  }
  /// The accounts that fit when the match is ambiguous, sorted.
  public var candidates: [String]
  /// The evidence, unless it is the `account_id` one rendered on demand (most contacts'
  /// match: half a million copies of the same sentence otherwise).
  private var writtenEvidence: String?

  /// Creates a match.
  public init(
    method: MatchMethod, accountID: String? = nil, evidence: String, candidates: [String] = []
  ) {
    self.method = method
    self.accountID = accountID
    writtenEvidence = evidence
    self.candidates = candidates
  }

  /// The match of a contact whose `account_id` names the account `id`.
  static func explicit(_ id: String) -> AccountMatch {
    var match = AccountMatch(method: .explicitID, accountID: id, evidence: "")
    match.writtenEvidence = nil
    return match
  }

  /// Matches are equal when everything they show is equal, however the evidence is held.
  public static func == (lhs: AccountMatch, rhs: AccountMatch) -> Bool {
    lhs.method == rhs.method && lhs.accountID == rhs.accountID
      && lhs.candidates == rhs.candidates && lhs.evidence == rhs.evidence
  }

  /// Hashes what ``==`` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(method)
    hasher.combine(accountID)
    hasher.combine(evidence)
  }
}
