extension Int {
  /// The smallest power of two at or above the value (1 for values below 1).
  package var nextPowerOfTwo: Int {
    self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount)
  }
}
