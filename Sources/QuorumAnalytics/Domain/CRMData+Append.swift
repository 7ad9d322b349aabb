extension CRMData {
  /// Appends every row of `other` after this data's own, table by table: how batches (the
  /// generator's, one account at a time) are gathered into one data set.
  ///
  /// ```swift
  /// var data = CRMData()
  /// try SyntheticCRM(settings: settings).generate { data.append($0) }
  /// ```
  public mutating func append(_ other: CRMData) {
    accounts += other.accounts
    contacts += other.contacts
    activities += other.activities
    opportunities += other.opportunities
    opportunityContacts += other.opportunityContacts
    qualifications += other.qualifications
    spend += other.spend
  }
}
