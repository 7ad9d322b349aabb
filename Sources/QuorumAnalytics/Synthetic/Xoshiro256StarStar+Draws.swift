import Foundation

/// The draws the synthetic generator needs, written out here (not taken from the standard
/// library's `random(in:using:)`, whose algorithm may change between Swift releases) so
/// that a seed keeps producing the same data.
extension Xoshiro256StarStar {
  /// A uniform double in [0, 1) with 53 random bits.
  mutating func uniform() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// A uniform double in [lower, upper).
  mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
    lower + (upper - lower) * uniform()
  }

  /// A uniform integer in 0..<count (multiply-high reduction; the bias is below 2^-50 for
  /// the small counts used here).
  mutating func int(below count: Int) -> Int {
    precondition(count > 0, "int(below:) needs a positive count")
    return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(count)).high)
  }

  /// A uniform integer in `range`.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + int(below: range.upperBound - range.lowerBound + 1)
  }

  /// `true` with probability `probability`.
  mutating func chance(_ probability: Double) -> Bool {
    uniform() < probability
  }

  /// A standard normal deviate (Box–Muller; one of the pair is discarded to keep no state).
  mutating func normal() -> Double {
    let u1 = 1 - uniform()
    let u2 = uniform()
    return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }

  /// A log-normal deviate with the given median and log-scale standard deviation.
  mutating func logNormal(median: Double, sigma: Double) -> Double {
    median * exp(sigma * normal())
  }

  /// A Poisson count with the given mean: Knuth's multiplication method below 30, the
  /// rounded normal approximation above.
  mutating func poisson(_ mean: Double) -> Int {
    guard mean > 0 else { return 0 }
    guard mean < 30 else { return max(0, Int((mean + mean.squareRoot() * normal()).rounded())) }
    let limit = exp(-mean)
    var product = uniform()
    var count = 0
    while product > limit {
      product *= uniform()
      count += 1
    }
    return count
  }

  /// One element of a non-empty array, uniformly.
  mutating func pick<Element>(_ elements: [Element]) -> Element {
    elements[int(below: elements.count)]
  }
}
