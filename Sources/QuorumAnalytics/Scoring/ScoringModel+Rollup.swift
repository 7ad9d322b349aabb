extension ScoringModel {
  /// How contact scores roll up into an account score (when the model is not calibrated).
  ///
  /// ```
  /// account = fitWeight × fit(account)
  ///         + Σ_{i=1..topContacts} diminishingFactor^(i−1) × e_i     (e_1 ≥ e_2 ≥ …)
  ///         + pointsPerEngagedContact × min(engaged contacts, maximumEngagedContacts)
  ///         + pointsPerEngagedDepartment × min(engaged departments, maximumEngagedDepartments)
  ///         + economicBuyerPoints × [economic buyer engaged] + championPoints × [champion]
  ///         + coveragePoints × coverage + singleThreadedPoints × [single-threaded]
  ///         + frameworkWeight × (framework + disqualifier points of the account's answers)
  /// ```
  /// where `e_i` are the positive engagement points of the account's contacts that are not
  /// disqualified, largest first.
  public struct RollupRules: Hashable, Sendable, Codable {
    /// How many contacts count (k).
    public var topContacts: Int
    /// The geometric factor r in 0...1: the i-th best contact counts r^(i−1).
    public var diminishingFactor: Double
    /// The weight of the account's fit points.
    public var fitWeight: Double
    /// Points per engaged contact (breadth).
    public var pointsPerEngagedContact: Double
    /// The most engaged contacts that earn breadth points.
    public var maximumEngagedContacts: Int
    /// Points per engaged department (breadth).
    public var pointsPerEngagedDepartment: Double
    /// The most engaged departments that earn breadth points.
    public var maximumEngagedDepartments: Int
    /// Points when an economic buyer is engaged.
    public var economicBuyerPoints: Double
    /// Points when a champion is present.
    public var championPoints: Double
    /// Points at full coverage of the required committee roles (scaled by coverage 0...1).
    public var coveragePoints: Double
    /// Points when all engagement hangs on one contact (usually negative).
    public var singleThreadedPoints: Double
    /// The weight of the account-level framework evidence.
    public var frameworkWeight: Double

    /// Creates rollup rules.
    public init(
      topContacts: Int, diminishingFactor: Double, fitWeight: Double,
      pointsPerEngagedContact: Double, maximumEngagedContacts: Int,
      pointsPerEngagedDepartment: Double, maximumEngagedDepartments: Int,
      economicBuyerPoints: Double, championPoints: Double, coveragePoints: Double,
      singleThreadedPoints: Double, frameworkWeight: Double
    ) {
      self.topContacts = topContacts
      self.diminishingFactor = diminishingFactor
      self.fitWeight = fitWeight
      self.pointsPerEngagedContact = pointsPerEngagedContact
      self.maximumEngagedContacts = maximumEngagedContacts
      self.pointsPerEngagedDepartment = pointsPerEngagedDepartment
      self.maximumEngagedDepartments = maximumEngagedDepartments
      self.economicBuyerPoints = economicBuyerPoints
      self.championPoints = championPoints
      self.coveragePoints = coveragePoints
      self.singleThreadedPoints = singleThreadedPoints
      self.frameworkWeight = frameworkWeight
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
      case topContacts, diminishingFactor, fitWeight, pointsPerEngagedContact
      case maximumEngagedContacts, pointsPerEngagedDepartment, maximumEngagedDepartments
      case economicBuyerPoints, championPoints, coveragePoints, singleThreadedPoints
      case frameworkWeight
    }

    /// Decodes the rules, rejecting unknown fields.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      topContacts = try c.decode(Int.self, forKey: .topContacts)
      diminishingFactor = try c.decode(Double.self, forKey: .diminishingFactor)
      fitWeight = try c.decode(Double.self, forKey: .fitWeight)
      pointsPerEngagedContact = try c.decode(Double.self, forKey: .pointsPerEngagedContact)
      maximumEngagedContacts = try c.decode(Int.self, forKey: .maximumEngagedContacts)
      pointsPerEngagedDepartment = try c.decode(Double.self, forKey: .pointsPerEngagedDepartment)
      maximumEngagedDepartments = try c.decode(Int.self, forKey: .maximumEngagedDepartments)
      economicBuyerPoints = try c.decode(Double.self, forKey: .economicBuyerPoints)
      championPoints = try c.decode(Double.self, forKey: .championPoints)
      coveragePoints = try c.decode(Double.self, forKey: .coveragePoints)
      singleThreadedPoints = try c.decode(Double.self, forKey: .singleThreadedPoints)
      frameworkWeight = try c.decode(Double.self, forKey: .frameworkWeight)
    }
  }
}
