/// A conversion funnel: stages as centred bars proportional to their counts, with the
/// conversion from the previous stage and from the first stage beside each bar.
///
/// ```swift
/// FunnelChart(title: "Lead funnel", stages: [
///   .init("Leads", 4_210), .init("MQL", 1_180), .init("SQL", 402),
///   .init("Opportunity", 233), .init("Won", 61)])
/// ```
public struct FunnelChart: Hashable, Sendable {
  /// One stage of the funnel.
  public struct Stage: Hashable, Sendable {
    /// The stage name.
    public var name: String
    /// How many reached the stage.
    public var count: Int

    /// Creates a stage.
    public init(_ name: String, _ count: Int) {
      self.name = name
      self.count = count
    }
  }

  /// The chart's title.
  public var title: String
  /// An optional caption.
  public var caption: String?
  /// The stages, first (widest) to last.
  public var stages: [Stage]

  /// Creates a funnel chart.
  public init(title: String, caption: String? = nil, stages: [Stage]) {
    self.title = title
    self.caption = caption
    self.stages = stages
  }
}
