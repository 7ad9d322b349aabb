/// The custom (non-contract) columns of an export, per file: the keys of the rows'
/// `attributes`, written after the contract columns.
///
/// ```swift
/// SyntheticCRM.customColumns.accounts  // ["crm_owner", "segment"]
/// ```
public struct CRMCustomColumns: Hashable, Sendable {
  /// Extra columns of `accounts.csv`.
  public var accounts: [String]
  /// Extra columns of `contacts.csv`.
  public var contacts: [String]
  /// Extra columns of `opportunities.csv`.
  public var opportunities: [String]

  /// Creates the column lists; each is sorted and deduplicated.
  public init(accounts: [String] = [], contacts: [String] = [], opportunities: [String] = []) {
    self.accounts = Array(Set(accounts)).sorted()
    self.contacts = Array(Set(contacts)).sorted()
    self.opportunities = Array(Set(opportunities)).sorted()
  }

  /// The columns of every attribute key used in `data`.
  public init(of data: CRMData) {
    self.init(
      accounts: data.accounts.flatMap(\.attributes.keys),
      contacts: data.contacts.flatMap(\.attributes.keys),
      opportunities: data.opportunities.flatMap(\.attributes.keys))
  }
}
