/// One subject of a survival analysis: how long it was followed, and whether the event
/// (e.g. a deal closing) was seen at the end of that time or the subject was censored
/// (still open at the as-of date).
public struct SurvivalObservation: Hashable, Sendable {
  /// Time from origin to the event or to censoring, e.g. days since the deal was opened.
  public var duration: Double
  /// `true` when the event happened at `duration`; `false` when the subject was censored.
  public var eventObserved: Bool

  /// Creates an observation.
  ///
  /// - Precondition: `duration` is finite and not negative.
  public init(duration: Double, eventObserved: Bool) {
    precondition(duration.isFinite && duration >= 0, "a duration must be finite and >= 0")
    self.duration = duration
    self.eventObserved = eventObserved
  }
}
