/// A bar chart: one bar per category, vertical or horizontal, with optional interval
/// whiskers (e.g. 95 % Wilson score intervals, Wilson 1927) and a reference line.
///
/// ```swift
/// let chart = BarChart(
///   title: "Win rate by score band",
///   bars: [.init("D1", 0.42, interval: 0.35...0.49), .init("D2", 0.31, interval: 0.25...0.38)],
///   valueKind: .percent(places: 1), valueAxisLabel: "Win rate",
///   reference: ChartReference(0.24, label: "All deals 24%"))
/// ```
public struct BarChart: Hashable, Sendable {
  /// Which way the bars grow.
  public enum Orientation: Hashable, Sendable {
    /// Bars grow upwards from a horizontal category axis.
    case vertical
    /// Bars grow rightwards from a vertical category axis (good for long labels).
    case horizontal
  }

  /// One bar.
  public struct Bar: Hashable, Sendable {
    /// The category label.
    public var label: String
    /// The bar's value; a non-finite value draws no bar and is labelled "n/a".
    public var value: Double
    /// An optional interval drawn as a whisker (e.g. a confidence interval).
    public var interval: ClosedRange<Double>?

    /// Creates a bar.
    public init(_ label: String, _ value: Double, interval: ClosedRange<Double>? = nil) {
      self.label = label
      self.value = value
      self.interval = interval
    }
  }

  /// The chart's title.
  public var title: String
  /// An optional caption, e.g. "Whiskers: 95% Wilson intervals".
  public var caption: String?
  /// Vertical or horizontal bars.
  public var orientation: Orientation
  /// The bars, in display order (top to bottom when horizontal).
  public var bars: [Bar]
  /// How values, ticks and bar labels are formatted.
  public var valueKind: ReportColumn.Kind
  /// The value axis title.
  public var valueAxisLabel: String
  /// The category axis title, if any.
  public var categoryAxisLabel: String?
  /// An optional dashed reference line.
  public var reference: ChartReference?

  /// Creates a bar chart.
  public init(
    title: String, caption: String? = nil, orientation: Orientation = .vertical, bars: [Bar],
    valueKind: ReportColumn.Kind = .decimal(places: 1), valueAxisLabel: String,
    categoryAxisLabel: String? = nil, reference: ChartReference? = nil
  ) {
    self.title = title
    self.caption = caption
    self.orientation = orientation
    self.bars = bars
    self.valueKind = valueKind
    self.valueAxisLabel = valueAxisLabel
    self.categoryAxisLabel = categoryAxisLabel
    self.reference = reference
  }
}
