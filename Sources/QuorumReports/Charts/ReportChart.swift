/// Any chart a report page can show, rendered as inline SVG.
///
/// Charts are pure string generation: no script, no external resources, numbers written
/// with fixed precision, every label escaped, `role="img"` with an `aria-label`, and a
/// `<title>`/`<desc>` for screen readers. In a page they sit in a `<figure>` whose caption
/// repeats the title.
///
/// ```swift
/// page.addSection("Lift") { $0.chart(.lift(LiftChart(title: "Lift by score decile",
///                                                    lifts: [2.6, 1.9, 1.4, 1.1, 0.4]))) }
/// ```
public enum ReportChart: Hashable, Sendable {
  /// Vertical or horizontal bars, optionally with interval whiskers.
  case bar(BarChart)
  /// Lift per score group against the no-lift baseline.
  case lift(LiftChart)
  /// Step curves such as Kaplan–Meier survival functions.
  case stepLine(StepLineChart)
  /// Predicted against observed probability per bin, with the diagonal.
  case reliability(ReliabilityDiagram)
  /// Stages with counts and stage-to-stage conversion.
  case funnel(FunnelChart)
  /// Lines over ordered categories (e.g. quarters).
  case line(LineChart)

  /// The chart's title.
  public var title: String {
    switch self {
    case .bar(let chart): chart.title
    case .lift(let chart): chart.title
    case .stepLine(let chart): chart.title
    case .reliability(let chart): chart.title
    case .funnel(let chart): chart.title
    case .line(let chart): chart.title
    }
  }

  /// The chart's optional caption (shown under the title in a page).
  public var caption: String? {
    switch self {
    case .bar(let chart): chart.caption
    case .lift(let chart): chart.caption
    case .stepLine(let chart): chart.caption
    case .reliability(let chart): chart.caption
    case .funnel(let chart): chart.caption
    case .line(let chart): chart.caption
    }
  }

  /// The chart as a standalone `<svg>` element (no XML namespace: meant for inline use in
  /// HTML5).
  public var svg: String { markup.html }

  /// The chart's `<svg>` markup.
  var markup: Markup {
    switch self {
    case .bar(let chart): chart.render()
    case .lift(let chart): chart.render()
    case .stepLine(let chart): chart.render()
    case .reliability(let chart): chart.render()
    case .funnel(let chart): chart.render()
    case .line(let chart): chart.render()
    }
  }
}
