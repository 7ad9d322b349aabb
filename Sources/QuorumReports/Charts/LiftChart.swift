/// Lift by score group: each group's outcome rate divided by the overall rate, as bars
/// against the no-lift baseline at 1. Groups at or above the baseline are drawn in the
/// primary colour, groups below it in a light tint.
///
/// Lift = P(won | group) / P(won) (e.g. Provost & Fawcett, *Data Science for Business*,
/// 2013, ch. 8).
///
/// ```swift
/// LiftChart(title: "Lift by score decile", lifts: [2.6, 1.9, 1.4, 1.1, 0.9, 0.7, 0.6, 0.4])
/// ```
public struct LiftChart: Hashable, Sendable {
  /// The chart's title.
  public var title: String
  /// An optional caption.
  public var caption: String?
  /// The lift of each group, best-scored group first.
  public var lifts: [Double]
  /// The group labels, one per lift.
  public var labels: [String]
  /// The group axis title.
  public var groupAxisLabel: String

  /// Creates a lift chart. Without `labels`, groups are numbered `1`, `2`, … (decile 1 holds
  /// the highest scores).
  ///
  /// - Precondition: `labels`, when given, has one label per lift.
  public init(
    title: String, caption: String? = nil, lifts: [Double], labels: [String]? = nil,
    groupAxisLabel: String = "Score decile (1 = highest scores)"
  ) {
    let labels = labels ?? lifts.indices.map { String($0 + 1) }
    precondition(labels.count == lifts.count, "one label per lift")
    self.title = title
    self.caption = caption
    self.lifts = lifts
    self.labels = labels
    self.groupAxisLabel = groupAxisLabel
  }

  /// The chart as SVG.
  func render() -> Markup {
    let chart = BarChart(
      title: title, caption: caption,
      bars: zip(labels, lifts).map { BarChart.Bar($0, $1) },
      valueKind: .decimal(places: 1), valueAxisLabel: "Lift (× overall rate)",
      categoryAxisLabel: groupAxisLabel, reference: ChartReference(1, label: "No lift (1×)"))
    return chart.render(
      barColor: { $0.value >= 1 ? ChartPalette.primary : ChartPalette.primaryLight },
      valueText: { NumberText.fixed($0, places: 2) + "×" })
  }
}
