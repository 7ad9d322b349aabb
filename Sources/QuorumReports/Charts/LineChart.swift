/// Lines over ordered categories, e.g. win rate and cycle length by quarter. A `nil` value
/// leaves a gap in its line.
///
/// ```swift
/// LineChart(
///   title: "Win rate by quarter", categories: ["2024-Q3", "2024-Q4", "2025-Q1"],
///   series: [.init(name: "Win rate", values: [0.21, 0.24, nil])],
///   yKind: .percent(places: 1), yAxisLabel: "Win rate")
/// ```
public struct LineChart: Hashable, Sendable {
  /// One line.
  public struct Series: Hashable, Sendable {
    /// The legend name.
    public var name: String
    /// One value per category; `nil` (or a non-finite value) for none.
    public var values: [Double?]

    /// Creates a series.
    public init(name: String, values: [Double?]) {
      self.name = name
      self.values = values
    }
  }

  /// The chart's title.
  public var title: String
  /// An optional caption.
  public var caption: String?
  /// The x categories, in order.
  public var categories: [String]
  /// The lines.
  public var series: [Series]
  /// How y values are formatted.
  public var yKind: ReportColumn.Kind
  /// The y axis title.
  public var yAxisLabel: String
  /// The x axis title, if any.
  public var xAxisLabel: String?
  /// Whether the y axis starts at zero (the default) rather than fitting the data.
  public var includesZero: Bool
  /// An optional horizontal reference line.
  public var reference: ChartReference?

  /// Creates a line chart.
  ///
  /// - Precondition: every series has one value per category.
  public init(
    title: String, caption: String? = nil, categories: [String], series: [Series],
    yKind: ReportColumn.Kind = .decimal(places: 1), yAxisLabel: String,
    xAxisLabel: String? = nil, includesZero: Bool = true, reference: ChartReference? = nil
  ) {
    precondition(
      series.allSatisfy { $0.values.count == categories.count }, "one value per category")
    self.title = title
    self.caption = caption
    self.categories = categories
    self.series = series
    self.yKind = yKind
    self.yAxisLabel = yAxisLabel
    self.xAxisLabel = xAxisLabel
    self.includesZero = includesZero
    self.reference = reference
  }
}
