import QuorumAnalytics

/// What every page says about itself in its header: title, data window, as-of date and
/// model version, and — only when asked for — when it was generated.
///
/// Pages carry no clock reading of their own, so the same metadata and content always give
/// the same bytes; pass a `stamp` to print a generation time.
public struct ReportPageMetadata: Hashable, Sendable {
  /// The page title (the `<title>` and the `<h1>`).
  public var title: String
  /// An optional one-paragraph summary shown under the title.
  public var summary: String?
  /// The span of data the report covers.
  public var window: ReportWindow
  /// The date the report is computed as of.
  public var asOf: Timestamp
  /// The scoring model's version, or `nil` when no calibrated model exists.
  public var modelVersion: String?
  /// A generation time to print in the footer, or `nil` (the default) for none.
  public var stamp: Timestamp?

  /// Creates page metadata.
  public init(
    title: String, summary: String? = nil, window: ReportWindow = ReportWindow(),
    asOf: Timestamp, modelVersion: String? = nil, stamp: Timestamp? = nil
  ) {
    self.title = title
    self.summary = summary
    self.window = window
    self.asOf = asOf
    self.modelVersion = modelVersion
    self.stamp = stamp
  }
}
