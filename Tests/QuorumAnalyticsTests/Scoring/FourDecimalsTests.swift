import Testing

@testable import QuorumAnalytics

@Suite struct FourDecimalsTests {
  /// Up to four decimals, rounded half away from zero, trailing zeros dropped; no sign for
  /// a value that rounds to zero; from 10¹¹ on (or not finite) the value as Swift prints it.
  @Test(arguments: [
    (0.5, "0.5"), (1, "1"), (0.0625, "0.0625"), (-2.25, "-2.25"), (124.89, "124.89"),
    (12.3400, "12.34"), (1.00004, "1"), (0.00005, "0.0001"), (-0.00005, "-0.0001"),
    (-0.00004, "0"), (0.1, "0.1"), (100, "100"), (1e12, "1000000000000.0"),
    (99_999_999_999.5, "99999999999.5"),
    (Double.infinity, "inf"),
  ])
  func writesUpToFourDecimals(value: Double, text: String) {
    #expect(value.formatted4 == text)
  }
}
