/// A company in the CRM: the unit that buys, and the unit Quorum ranks.
public struct Account: Hashable, Sendable {
  /// The CRM's identifier (`account_id`).
  public var id: String
  /// The company name.
  public var name: String
  /// The company's web domain, e.g. `acme.com`.
  public var domain: String?
  /// The industry as the CRM writes it.
  public var industry: String?
  /// The number of employees.
  public var employees: Int?
  /// Annual revenue in the CRM's currency.
  public var annualRevenue: Double?
  /// The country, as written in the export.
  public var country: String?
  /// The sales region, as written in the export.
  public var region: String?
  /// When the account was created in the CRM.
  public var createdAt: Timestamp?
  /// The ABM target tier the team assigned, if any.
  public var targetTier: String?
  /// Columns of the export that the contract does not name, kept by header.
  public var attributes: [String: String]

  /// Creates an account.
  public init(
    id: String, name: String, domain: String? = nil, industry: String? = nil,
    employees: Int? = nil, annualRevenue: Double? = nil, country: String? = nil,
    region: String? = nil, createdAt: Timestamp? = nil, targetTier: String? = nil,
    attributes: [String: String] = [:]
  ) {
    self.id = id
    self.name = name
    self.domain = domain
    self.industry = industry
    self.employees = employees
    self.annualRevenue = annualRevenue
    self.country = country
    self.region = region
    self.createdAt = createdAt
    self.targetTier = targetTier
    self.attributes = attributes
  }
}
