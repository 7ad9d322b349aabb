/// What the buying-committee analysis says about one account as of a date: the input the
/// scorer and the calibration take from the committee mapping.
public struct CommitteeSignals: Hashable, Sendable {
  /// Contacts with engagement in the look-back window.
  public var engagedContacts: Int
  /// Distinct departments among the engaged contacts.
  public var engagedDepartments: Int
  /// Whether an economic buyer (explicit or inferred) is engaged.
  public var economicBuyerEngaged: Bool
  /// Whether a champion (explicit or detected from behaviour) is present.
  public var championPresent: Bool
  /// Share of the required committee roles that are covered, 0...1.
  public var coverage: Double
  /// Whether all engagement hangs on a single contact.
  public var singleThreaded: Bool

  /// Creates committee signals.
  public init(
    engagedContacts: Int = 0, engagedDepartments: Int = 0, economicBuyerEngaged: Bool = false,
    championPresent: Bool = false, coverage: Double = 0, singleThreaded: Bool = false
  ) {
    self.engagedContacts = engagedContacts
    self.engagedDepartments = engagedDepartments
    self.economicBuyerEngaged = economicBuyerEngaged
    self.championPresent = championPresent
    self.coverage = coverage
    self.singleThreaded = singleThreaded
  }

  /// The signals of an account nobody at which has engaged.
  public static let none = CommitteeSignals()
}
