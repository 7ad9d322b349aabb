/// The parameters of the buying-committee analysis: which roles an account must cover,
/// which functions buy, and how engagement is read.
///
/// ```swift
/// var settings = CommitteeSettings()
/// settings.lookbackDays = 60
/// settings.requiredRoles = [.economicBuyer, .champion, .technicalEvaluator]
/// ```
public struct CommitteeSettings: Hashable, Sendable {
  /// How far back a contact's activity makes them an engaged stakeholder, in days before
  /// the as-of date (default 90).
  public var lookbackDays: Double
  /// The committee roles an account must have engaged; coverage is the share covered
  /// (default economic buyer, champion, technical evaluator, user).
  public var requiredRoles: [CommitteeRole]
  /// The functions that buy and use the product: their VPs and directors are decision
  /// makers, their managers and individual contributors users (default IT, engineering,
  /// operations, marketing, sales, product).
  public var buyingDepartments: Set<Department>
  /// The share of an account's engaged activities in the window that one contact must
  /// hold for the account to be single-threaded (default 0.8); an account with one
  /// engaged contact is always single-threaded.
  public var singleThreadShare: Double
  /// Activity types that do not count as engagement (default careers-page views,
  /// unsubscribes, bounces and e-mail opens, which mail clients fire automatically).
  public var excludedEngagementTypes: Set<ActivityType>
  /// The champion heuristic.
  public var champion: ChampionSettings

  /// The default required roles.
  public static let defaultRequiredRoles: [CommitteeRole] = [
    .economicBuyer, .champion, .technicalEvaluator, .user,
  ]

  /// The default buying departments.
  public static let defaultBuyingDepartments: Set<Department> = [
    .it, .engineering, .operations, .marketing, .sales, .product,
  ]

  /// Creates settings; every parameter has the documented default.
  public init(
    lookbackDays: Double = 90,
    requiredRoles: [CommitteeRole] = CommitteeSettings.defaultRequiredRoles,
    buyingDepartments: Set<Department> = CommitteeSettings.defaultBuyingDepartments,
    singleThreadShare: Double = 0.8,
    excludedEngagementTypes: Set<ActivityType> = [
      "careers_page_view", "unsubscribe", "email_bounce", "email_open",
    ],
    champion: ChampionSettings = ChampionSettings()
  ) {
    self.lookbackDays = lookbackDays
    self.requiredRoles = requiredRoles
    self.buyingDepartments = buyingDepartments
    self.singleThreadShare = singleThreadShare
    self.excludedEngagementTypes = excludedEngagementTypes
    self.champion = champion
  }

  /// Throws ``CommitteeError/invalidSetting(name:value:reason:)`` unless every parameter
  /// is in range: a positive look-back, no role required twice, a share in (0, 1], and
  /// valid champion settings.
  public func validate() throws(CommitteeError) {
    try CommitteeError.require(
      lookbackDays > 0 && lookbackDays.isFinite, "lookbackDays", lookbackDays,
      "must be a positive number of days")
    try CommitteeError.require(
      Set(requiredRoles).count == requiredRoles.count, "requiredRoles",
      requiredRoles.map(\.rawValue).joined(separator: ","), "a role is listed twice")
    try CommitteeError.require(
      singleThreadShare > 0 && singleThreadShare <= 1, "singleThreadShare", singleThreadShare,
      "must be in (0, 1]")
    try champion.validate()
  }
}
