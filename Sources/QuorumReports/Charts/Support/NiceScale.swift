import Foundation

/// An axis range widened to "nice" round numbers with evenly spaced ticks at steps of 1, 2
/// or 5 × 10ⁿ (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990).
struct NiceScale: Sendable {
  /// The lowest tick.
  let lower: Double
  /// The highest tick.
  let upper: Double
  /// The distance between ticks.
  let step: Double

  /// The smallest nice range covering `values`, with about `targetTicks` intervals.
  /// Non-finite values are ignored; with no finite value the range is 0...1.
  init(covering values: [Double], targetTicks: Int = 5, integerSteps: Bool = false) {
    let finite = values.filter(\.isFinite)
    var low = finite.min() ?? 0
    var high = finite.max() ?? 1
    if low == high {
      let pad = low == 0 ? 1 : abs(low) * 0.5
      low = low >= 0 ? max(0, low - pad) : low - pad
      high += pad
    }
    var step = Self.niceStep((high - low) / Double(max(1, targetTicks)))
    if integerSteps { step = max(1, step) }
    self.step = step
    lower = (low / step + 1e-9).rounded(.down) * step
    upper = (high / step - 1e-9).rounded(.up) * step
  }

  /// The tick values from ``lower`` to ``upper``, rounded to the step's precision.
  var ticks: [Double] {
    let count = Int(((upper - lower) / step).rounded()) + 1
    let scale = pow(10, Double(decimals))
    return (0..<count).map { ((lower + Double($0) * step) * scale).rounded() / scale }
  }

  /// Decimals needed to write the ticks exactly.
  var decimals: Int { Self.decimals(of: step) }

  /// Decimals needed to write multiples of a 1, 2 or 5 × 10ⁿ `step` exactly.
  static func decimals(of step: Double) -> Int {
    max(0, Int(-log10(step).rounded(.down)))
  }

  private static func niceStep(_ raw: Double) -> Double {
    guard raw > 0, raw.isFinite else { return 1 }
    let magnitude = pow(10, log10(raw).rounded(.down))
    let fraction = raw / magnitude
    let nice: Double =
      switch fraction {
      case ..<1.5: 1
      case ..<3: 2
      case ..<7: 5
      default: 10
      }
    return nice * magnitude
  }
}

/// A linear map from a data interval onto a pixel interval.
struct LinearMap: Sendable {
  /// The data interval's ends.
  let domain: (Double, Double)
  /// The pixel interval's ends (may be reversed, e.g. for y axes).
  let range: (Double, Double)

  /// The pixel position of `value`.
  func callAsFunction(_ value: Double) -> Double {
    let span = domain.1 - domain.0
    guard span != 0 else { return (range.0 + range.1) / 2 }
    return range.0 + (value - domain.0) / span * (range.1 - range.0)
  }
}
