/// A person at a (possibly not yet known) account.
public struct Contact: Hashable, Sendable {
  /// The CRM's identifier (`contact_id`).
  public var id: String
  /// The account the CRM links the contact to, when it does.
  public var accountID: String?
  /// The e-mail address.
  public var email: String?
  /// The company name as the contact gave it (used to match an account).
  public var company: String?
  /// Given name.
  public var firstName: String?
  /// Family name.
  public var lastName: String?
  /// Job title, free text.
  public var title: String?
  /// Department, when the CRM has it.
  public var department: String?
  /// Seniority, when the CRM has it.
  public var seniority: String?
  /// Lead source (channel), e.g. `paid_search`.
  public var source: String?
  /// The campaign that brought the contact in.
  public var campaignID: String?
  /// When the contact was created.
  public var createdAt: Timestamp
  /// Columns of the export that the contract does not name, kept by header.
  public var attributes: [String: String]

  /// Creates a contact.
  public init(
    id: String, accountID: String? = nil, email: String? = nil, company: String? = nil,
    firstName: String? = nil, lastName: String? = nil, title: String? = nil,
    department: String? = nil, seniority: String? = nil, source: String? = nil,
    campaignID: String? = nil, createdAt: Timestamp, attributes: [String: String] = [:]
  ) {
    self.id = id
    self.accountID = accountID
    self.email = email
    self.company = company
    self.firstName = firstName
    self.lastName = lastName
    self.title = title
    self.department = department
    self.seniority = seniority
    self.source = source
    self.campaignID = campaignID
    self.createdAt = createdAt
    self.attributes = attributes
  }
}
