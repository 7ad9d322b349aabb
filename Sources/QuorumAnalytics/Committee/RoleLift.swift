/// How the presence of one committee role relates to winning, over closed deals.
public struct RoleLift: Hashable, Sendable {
  /// The role.
  public var role: CommitteeRole
  /// Closed deals with at least one contact in this role.
  public var dealsWith: Int
  /// Of those, won.
  public var wonWith: Int
  /// Closed deals without anyone in this role.
  public var dealsWithout: Int
  /// Of those, won.
  public var wonWithout: Int

  /// Creates a role lift from its counts.
  public init(role: CommitteeRole, dealsWith: Int, wonWith: Int, dealsWithout: Int, wonWithout: Int)
  {
    self.role = role
    self.dealsWith = dealsWith
    self.wonWith = wonWith
    self.dealsWithout = dealsWithout
    self.wonWithout = wonWithout
  }

  /// Win rate of deals with the role, `wonWith / dealsWith`; `nil` without such deals.
  public var winRateWith: Double? {
    dealsWith == 0 ? nil : Double(wonWith) / Double(dealsWith)
  }

  /// Win rate of deals without the role; `nil` when every deal had it.
  public var winRateWithout: Double? {
    dealsWithout == 0 ? nil : Double(wonWithout) / Double(dealsWithout)
  }

  /// The lift: `winRateWith / winRateWithout`, the relative risk of winning (Agresti,
  /// *Categorical Data Analysis*, 3rd ed., 2013, ch. 2); `nil` when either rate is
  /// undefined or no deal without the role was won.
  ///
  /// ```swift
  /// // with: 2 of 3 won; without: 1 of 3 won → lift (2/3) / (1/3) = 2
  /// ```
  public var lift: Double? {
    guard let with = winRateWith, let without = winRateWithout, without > 0 else { return nil }
    return with / without
  }

  /// The difference `winRateWith − winRateWithout`, in win-rate points; `nil` when either
  /// rate is undefined.
  public var difference: Double? {
    guard let with = winRateWith, let without = winRateWithout else { return nil }
    return with - without
  }
}
