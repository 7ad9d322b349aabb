/// How well an account's buying committee is engaged as of a date: who engaged in the
/// look-back window, from which departments, which required roles they cover, and
/// whether everything hangs on one person.
public struct CommitteeCoverage: Hashable, Sendable {
  /// Contacts with engagement in the look-back window, by ID.
  public var engagedContactIDs: [String]
  /// Distinct known departments among the engaged contacts (`other` is not counted).
  public var engagedDepartments: [Department]
  /// The roles the account must cover, in the order the settings list them.
  public var requiredRoles: [CommitteeRole]
  /// The required roles covered: held by an engaged member, or, for `champion`, by any
  /// champion (a champion who has gone quiet is still present).
  public var coveredRoles: [CommitteeRole]
  /// The required roles not covered.
  public var missingRoles: [CommitteeRole]
  /// `coveredRoles.count / requiredRoles.count`, 0...1; 1 when nothing is required.
  public var coverage: Double
  /// Whether an engaged member is an economic buyer.
  public var economicBuyerEngaged: Bool
  /// Whether the account has a champion (named or detected).
  public var championPresent: Bool
  /// The engaged contact with the most engaging activities in the window (ties: the
  /// smaller ID); `nil` when nobody engaged.
  public var leadingContactID: String?
  /// The leading contact's share of the account's engaging activities in the window.
  public var leadingContactShare: Double
  /// Whether engagement hangs on one contact: exactly one engaged contact, or one holding
  /// at least the settings' `singleThreadShare` of the activities.
  public var singleThreaded: Bool

  /// Creates a coverage value.
  public init(
    engagedContactIDs: [String], engagedDepartments: [Department], requiredRoles: [CommitteeRole],
    coveredRoles: [CommitteeRole], missingRoles: [CommitteeRole], coverage: Double,
    economicBuyerEngaged: Bool, championPresent: Bool, leadingContactID: String?,
    leadingContactShare: Double, singleThreaded: Bool
  ) {
    self.engagedContactIDs = engagedContactIDs
    self.engagedDepartments = engagedDepartments
    self.requiredRoles = requiredRoles
    self.coveredRoles = coveredRoles
    self.missingRoles = missingRoles
    self.coverage = coverage
    self.economicBuyerEngaged = economicBuyerEngaged
    self.championPresent = championPresent
    self.leadingContactID = leadingContactID
    self.leadingContactShare = leadingContactShare
    self.singleThreaded = singleThreaded
  }

  /// Measures one account's coverage.
  ///
  /// - Parameters:
  ///   - members: the account's committee (see ``CommitteeRoleInference``).
  ///   - engagement: behaviour by contact ID, as of the analysis date; members without
  ///     an entry did nothing.
  ///   - champions: the champion verdicts of the account's contacts.
  ///   - requiredRoles: the roles the account must cover.
  ///   - singleThreadShare: the share of activities that makes one contact the only thread.
  /// - Complexity: O(n log n) in the number of members.
  public static func measure(
    members: [CommitteeMember], engagement: [String: StakeholderEngagement],
    champions: [ChampionAssessment],
    requiredRoles: [CommitteeRole] = CommitteeSettings.defaultRequiredRoles,
    singleThreadShare: Double = 0.8
  ) -> CommitteeCoverage {
    measure(
      members: members, engagementOf: { engagement[members[$0].contactID] },
      champions: champions, requiredRoles: requiredRoles, singleThreadShare: singleThreadShare)
  }

  /// ``measure(members:engagement:champions:requiredRoles:singleThreadShare:)`` with each
  /// member's engagement found by `engagementOf` from the member's index in `members`.
  static func measure(
    members: [CommitteeMember], engagementOf: (Int) -> StakeholderEngagement?,
    champions: [ChampionAssessment], requiredRoles: [CommitteeRole], singleThreadShare: Double
  ) -> CommitteeCoverage {
    let tally = Tally(
      count: members.count, role: { members[$0].role },
      department: { members[$0].persona.department }, engagementOf: engagementOf,
      championPresent: champions.contains(where: \.isChampion), requiredRoles: requiredRoles,
      singleThreadShare: singleThreadShare,
      ranksBefore: { members[$0].contactID < members[$1].contactID })
    return CommitteeCoverage(
      engagedContactIDs: tally.engaged.map { members[$0].contactID }.sorted(),
      engagedDepartments: tally.engagedDepartments, requiredRoles: requiredRoles,
      coveredRoles: tally.covered,
      missingRoles: requiredRoles.filter { !tally.covered.contains($0) },
      coverage: tally.signals.coverage, economicBuyerEngaged: tally.signals.economicBuyerEngaged,
      championPresent: tally.signals.championPresent,
      leadingContactID: tally.leading.map { members[$0].contactID },
      leadingContactShare: tally.leadingShare, singleThreaded: tally.signals.singleThreaded)
  }

  /// A committee's coverage worked out over members given by index — the one definition
  /// the full ``CommitteeCoverage`` and a committee outline (``CommitteeOutline``, signals
  /// only) are both measured by.
  struct Tally {
    /// The engaged members (by index), in index order.
    let engaged: [Int]
    /// The distinct known departments of the engaged members, sorted.
    let engagedDepartments: [Department]
    /// The required roles covered, in the order required.
    let covered: [CommitteeRole]
    /// The engaged member with the most activities in the window (ties: the one that
    /// `ranksBefore` the other), and its share of the engaged members' activities.
    let leading: Int?
    /// The leading member's share of the engaged members' activities (0 when nobody
    /// engaged).
    let leadingShare: Double
    /// The signals: the counts, flags, coverage and single-threading above.
    let signals: CommitteeSignals

    /// Measures `count` members: each one's role, department and behaviour (`nil`: did
    /// nothing) by index; `championPresent` whether any of them is a champion.
    ///
    /// - Complexity: O(n log n) in the number of members.
    init(
      count: Int, role: (Int) -> CommitteeRole, department: (Int) -> Department,
      engagementOf: (Int) -> StakeholderEngagement?, championPresent: Bool,
      requiredRoles: [CommitteeRole], singleThreadShare: Double,
      ranksBefore: (Int, Int) -> Bool
    ) {
      let engaged = (0..<count).filter { engagementOf($0)?.isEngaged ?? false }
      let engagedRoles = Set(engaged.map(role))
      let covered = requiredRoles.filter { required in
        required == .champion ? championPresent : engagedRoles.contains(required)
      }
      func activities(_ member: Int) -> Int { engagementOf(member)?.activitiesInWindow ?? 0 }
      let total = engaged.reduce(0) { $0 + activities($1) }
      let leading = engaged.min { lhs, rhs in
        let (a, b) = (activities(lhs), activities(rhs))
        return a != b ? a > b : ranksBefore(lhs, rhs)
      }
      let share = leading.map { Double(activities($0)) / Double(total) } ?? 0
      let departments = Set(engaged.map(department)).subtracting([.other]).sorted()
      self.engaged = engaged
      self.covered = covered
      self.leading = leading
      leadingShare = share
      engagedDepartments = departments
      signals = CommitteeSignals(
        engagedContacts: engaged.count, engagedDepartments: departments.count,
        economicBuyerEngaged: engagedRoles.contains(.economicBuyer),
        championPresent: championPresent,
        coverage: requiredRoles.isEmpty ? 1 : Double(covered.count) / Double(requiredRoles.count),
        singleThreaded: engaged.count == 1 || (engaged.count > 1 && share >= singleThreadShare))
    }
  }

  /// The signals the scorer and the calibration take from this coverage.
  public var signals: CommitteeSignals {
    CommitteeSignals(
      engagedContacts: engagedContactIDs.count, engagedDepartments: engagedDepartments.count,
      economicBuyerEngaged: economicBuyerEngaged, championPresent: championPresent,
      coverage: coverage, singleThreaded: singleThreaded)
  }
}
