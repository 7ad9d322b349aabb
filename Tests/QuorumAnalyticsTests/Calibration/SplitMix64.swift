import Foundation

/// Steele, Lea & Flood's SplitMix64 generator (OOPSLA 2014): tiny, seeded, deterministic
/// across platforms, for generating test data.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform draw in [0, 1) with 53 random bits.
  mutating func uniform() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A standard normal draw (Box–Muller, cosine branch).
  mutating func normal() -> Double {
    let u = 1 - uniform()  // (0, 1]
    return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * uniform())
  }
}

/// Whether `actual` is within `tolerance` of `expected`, relative to |expected|.
func isRelativelyClose(_ actual: Double, _ expected: Double, _ tolerance: Double) -> Bool {
  abs(actual - expected) <= tolerance * abs(expected)
}
