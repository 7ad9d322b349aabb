/// The kind of an activity: an open vocabulary, with the types the default model knows
/// as static members.
///
/// Unknown types are kept as they are and reported as unmapped by the scorer.
public struct ActivityType: RawRepresentable, Hashable, Comparable, Sendable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The type as written in `activities.csv`, e.g. `pricing_page_view`.
  public var rawValue: String

  /// Creates a type from its name.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Creates a type from a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// A human-readable description.
  public var description: String { rawValue }

  /// Orders values ascending.
  public static func < (lhs: ActivityType, rhs: ActivityType) -> Bool {
    lhs.rawValue < rhs.rawValue
  }

  /// Every type the default scoring model knows.
  public static let known: [ActivityType] = [
    "page_view", "pricing_page_view", "product_page_view", "careers_page_view", "email_open",
    "email_click", "email_reply", "content_download", "whitepaper_download", "case_study_view",
    "roi_calculator", "content_syndication", "webinar_registered", "webinar_attended",
    "event_attended", "form_fill", "contact_request", "demo_requested", "demo_attended",
    "meeting", "trial_signup", "product_usage", "unsubscribe", "email_bounce",
  ]
}
