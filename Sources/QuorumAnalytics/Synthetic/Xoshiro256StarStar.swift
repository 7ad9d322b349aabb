/// A small, fast, seedable pseudo-random number generator: xoshiro256** seeded through
/// SplitMix64, so equal seeds give equal sequences on every platform.
///
/// Quorum never uses the system's random source: everything random (synthetic data,
/// resampling) draws from a generator like this one, created from an explicit seed.
///
/// ```swift
/// var random = Xoshiro256StarStar(seed: 42)
/// random.next()  // 1546998764402558742, always
/// ```
///
/// Reference: D. Blackman and S. Vigna, "Scrambled Linear Pseudorandom Number Generators",
/// ACM Transactions on Mathematical Software 47(4), 2021 (<https://prng.di.unimi.it>);
/// SplitMix64 from G. Steele, D. Lea and C. Flood, "Fast Splittable Pseudorandom Number
/// Generators", OOPSLA 2014.
public struct Xoshiro256StarStar: RandomNumberGenerator, Hashable, Sendable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// Creates a generator whose 256-bit state is four outputs of SplitMix64 started at
  /// `seed` (the seeding the xoshiro authors recommend).
  public init(seed: UInt64) {
    var splitMix = SplitMix64(state: seed)
    s0 = splitMix.next()
    s1 = splitMix.next()
    s2 = splitMix.next()
    s3 = splitMix.next()
  }

  /// Creates the generator of one independent stream of a seed, e.g. one per account, so
  /// that stream `k` does not depend on how much of stream `k - 1` was consumed.
  public init(seed: UInt64, stream: UInt64) {
    var mixer = SplitMix64(state: stream)
    self.init(seed: seed ^ mixer.next())
  }

  /// The next 64 random bits.
  ///
  /// - Complexity: O(1), a handful of shifts, xors and one multiplication.
  public mutating func next() -> UInt64 {
    let result = rotateLeft(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotateLeft(s3, 45)
    return result
  }

  private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
    (x << k) | (x >> (64 - k))
  }
}

/// SplitMix64: a 64-bit generator used to expand one seed into xoshiro's state.
private struct SplitMix64: Sendable {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
