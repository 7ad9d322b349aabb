/// A period in which an account researches a purchase: people join one after another
/// (the committee broadens), their high-intent activity ramps up, and, for a serious
/// project, a deal opens at the end of the ramp.
struct SyntheticBuyingWindow: Sendable {
  /// First day of the research.
  let start: Int
  /// Day the deal opens (end of the research).
  let open: Int
  /// Whether the research turns into a deal (if `open` is within the period).
  let converts: Bool
  /// Multiplies the members' research activity.
  let strength: Double
  /// People in the committee, the initiator first.
  let members: [Int]
  /// Day each member joins, parallel to `members`.
  let joinDays: [Int]
  /// The VP or C-level member brought in to sign, if any.
  let economicBuyer: Int?
  /// Whether the initiator champions the purchase (researches far more).
  let hasChampion: Bool

  var initiator: Int { members[0] }
}
