/// Step curves over a numeric x axis — typically Kaplan–Meier survival curves (Kaplan &
/// Meier 1958): the share of deals still open after *t* days, one curve per segment, with
/// tick marks at censored observations (deals still open at the as-of date).
///
/// Each series holds the points where the curve changes; the curve keeps a point's value
/// until the next point, and runs on to the series' last censored time if that is later.
///
/// ```swift
/// StepLineChart(
///   title: "Time to close", series: [.init(name: "Top band", points: [
///     ChartPoint(x: 0, y: 1), ChartPoint(x: 30, y: 0.8), ChartPoint(x: 75, y: 0.45)],
///     censored: [40, 90])],
///   xAxisLabel: "Days since opportunity created", yAxisLabel: "Still open",
///   reference: ChartReference(0.5, label: "Median"))
/// ```
public struct StepLineChart: Hashable, Sendable {
  /// One step curve.
  public struct Series: Hashable, Sendable {
    /// The legend name.
    public var name: String
    /// The points where the curve changes, in increasing `x`.
    public var points: [ChartPoint]
    /// The x values of censored observations, marked with a tick on the curve.
    public var censored: [Double]

    /// Creates a series.
    public init(name: String, points: [ChartPoint], censored: [Double] = []) {
      self.name = name
      self.points = points.sorted { $0.x < $1.x }
      self.censored = censored.sorted()
    }

    /// The curve's value at `x`: the value of the last point at or before `x` (the first
    /// point's value before it).
    func value(at x: Double) -> Double? {
      points.last { $0.x <= x }?.y ?? points.first?.y
    }
  }

  /// The chart's title.
  public var title: String
  /// An optional caption.
  public var caption: String?
  /// The curves.
  public var series: [Series]
  /// The x axis title.
  public var xAxisLabel: String
  /// The y axis title.
  public var yAxisLabel: String
  /// How y values are formatted.
  public var yKind: ReportColumn.Kind
  /// A fixed y range, or `nil` to fit the data.
  public var yRange: ClosedRange<Double>?
  /// An optional horizontal reference line (e.g. 0.5 for the median).
  public var reference: ChartReference?

  /// Creates a step chart; by default y is a share shown as a percentage on 0...1.
  public init(
    title: String, caption: String? = nil, series: [Series], xAxisLabel: String,
    yAxisLabel: String, yKind: ReportColumn.Kind = .percent(places: 0),
    yRange: ClosedRange<Double>? = 0...1, reference: ChartReference? = nil
  ) {
    self.title = title
    self.caption = caption
    self.series = series
    self.xAxisLabel = xAxisLabel
    self.yAxisLabel = yAxisLabel
    self.yKind = yKind
    self.yRange = yRange
    self.reference = reference
  }
}
