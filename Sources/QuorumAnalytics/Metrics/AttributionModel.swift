/// How a lead's credit is shared among the marketing touches that led to it.
public enum AttributionModel: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
  /// All credit to the lead's origin: the contact's source and campaign (the default).
  case firstTouch = "first"
  /// All credit to the last campaign-tagged touch before the opportunity (or the as-of
  /// date); the origin when there is none.
  case lastTouch = "last"
  /// Equal credit to the origin and to every campaign-tagged touch before the opportunity
  /// (or the as-of date).
  case linear

  /// Whether the model credits the campaign-tagged touches after the origin; first-touch
  /// credits only the origin, so it reads no touches.
  public var readsTouches: Bool { self != .firstTouch }

  /// The model as text, as `--attribution` takes it: `first`, `last` or `linear`.
  public var description: String { rawValue }
}
