/// A number of score points, kept exactly as a whole number of hundredths of a point.
///
/// Every reason code is rounded once, to 0.01 point, and every score is the sum of its
/// reason codes in hundredths; so a score equals the sum of its reasons exactly, whatever
/// the order of addition, and prints the same everywhere.
///
/// ```swift
/// let total = ScorePoints(rounding: 2.004) + ScorePoints(rounding: 0.5)
/// total.description  // "2.50"
/// ```
public struct ScorePoints: Hashable, Comparable, Sendable, AdditiveArithmetic,
  CustomStringConvertible
{
  /// The points in hundredths: one point is 100.
  public var hundredths: Int

  /// Creates points from a whole number of hundredths.
  public init(hundredths: Int) { self.hundredths = hundredths }

  /// Rounds `points` to the nearest hundredth, halves away from zero.
  ///
  /// - Precondition: `points` is finite and smaller in magnitude than 10¹⁵.
  public init(rounding points: Double) {
    precondition(points.isFinite && abs(points) < 1e15, "points must be finite")
    hundredths = Int((points * 100).rounded())
  }

  /// No points.
  public static let zero = ScorePoints(hundredths: 0)

  /// The points as a number, e.g. `2.5`.
  public var value: Double { Double(hundredths) / 100 }

  /// The points with exactly two decimals, e.g. `-2.50`.
  public var description: String {
    let magnitude = hundredths.magnitude
    let cents = magnitude % 100
    return "\(hundredths < 0 ? "-" : "")\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
  }

  /// The sum of two amounts.
  public static func + (lhs: ScorePoints, rhs: ScorePoints) -> ScorePoints {
    ScorePoints(hundredths: lhs.hundredths + rhs.hundredths)
  }

  /// The difference of two amounts.
  public static func - (lhs: ScorePoints, rhs: ScorePoints) -> ScorePoints {
    ScorePoints(hundredths: lhs.hundredths - rhs.hundredths)
  }

  /// Orders amounts ascending.
  public static func < (lhs: ScorePoints, rhs: ScorePoints) -> Bool {
    lhs.hundredths < rhs.hundredths
  }
}

extension Double {
  /// The number with two decimals, as score points print (`2.50`); for details of reasons.
  var twoDecimals: String { ScorePoints(rounding: self).description }
}
