/// A point of a line or step series, in data units.
public struct ChartPoint: Hashable, Sendable {
  /// The horizontal value.
  public var x: Double
  /// The vertical value.
  public var y: Double

  /// Creates a point.
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}
