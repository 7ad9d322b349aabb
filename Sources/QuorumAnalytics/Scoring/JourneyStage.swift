/// How far an account's buying journey has come, from the kinds of signals its people show.
public enum JourneyStage: String, Hashable, Sendable, CaseIterable, Comparable, Codable {
  /// Learning that the problem and we exist (page views, e-mail opens); also the stage of an
  /// account with no signals at all.
  case awareness
  /// Weighing options (content downloads, webinars, case studies).
  case consideration
  /// Choosing (pricing, demos, meetings, trials).
  case decision

  /// Orders stages along the journey.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }

  var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

/// How many signals of each journey kind a contact or an account showed in the journey
/// window.
public struct JourneySignals: Hashable, Sendable {
  /// Awareness signals.
  public var awareness: Int
  /// Consideration signals.
  public var consideration: Int
  /// Decision signals.
  public var decision: Int

  /// Creates counts.
  public init(awareness: Int = 0, consideration: Int = 0, decision: Int = 0) {
    self.awareness = awareness
    self.consideration = consideration
    self.decision = decision
  }

  /// No signals.
  public static let none = JourneySignals()

  /// Adds the counts of `other`.
  public static func + (lhs: JourneySignals, rhs: JourneySignals) -> JourneySignals {
    JourneySignals(
      awareness: lhs.awareness + rhs.awareness,
      consideration: lhs.consideration + rhs.consideration, decision: lhs.decision + rhs.decision)
  }

  mutating func record(_ stage: JourneyStage) {
    switch stage {
    case .awareness: awareness += 1
    case .consideration: consideration += 1
    case .decision: decision += 1
    }
  }
}
