/// A labelled dashed reference line across a chart's value axis, e.g. the overall win rate
/// on a bar chart or the 50 % line that reads off a survival curve's median.
public struct ChartReference: Hashable, Sendable {
  /// Where the line is drawn, in the value axis's units.
  public var value: Double
  /// The line's label.
  public var label: String

  /// Creates a reference line.
  public init(_ value: Double, label: String) {
    self.value = value
    self.label = label
  }
}
