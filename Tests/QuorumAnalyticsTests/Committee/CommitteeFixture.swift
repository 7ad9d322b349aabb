import QuorumAnalytics

/// Small builders for hand-made committee fixtures.
enum CommitteeFixture {
  /// Midnight UTC of a 2025 date (or another year).
  static func day(_ month: Int, _ day: Int, year: Int = 2025) -> Timestamp {
    Timestamp(year: year, month: month, day: day)
  }

  /// A contact created on 2024-01-01.
  static func contact(
    _ id: String, _ title: String?, name: String? = nil, seniority: String? = nil,
    department: String? = nil, createdAt: Timestamp = Timestamp(year: 2024, month: 1, day: 1)
  ) -> Contact {
    let parts = name?.split(separator: " ").map(String.init) ?? []
    return Contact(
      id: id, firstName: parts.first, lastName: parts.dropFirst().first, title: title,
      department: department, seniority: seniority, createdAt: createdAt)
  }

  /// An activity on a 2025 date.
  static func activity(_ contactID: String, _ type: ActivityType, _ month: Int, _ date: Int)
    -> Activity
  {
    Activity(contactID: contactID, occurredAt: day(month, date), type: type)
  }

  /// Every contact mapped to one account.
  static func accountOf(_ contacts: [Contact], _ accountID: String) -> [String: String] {
    Dictionary(uniqueKeysWithValues: contacts.map { ($0.id, accountID) })
  }
}
