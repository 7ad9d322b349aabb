import QuorumAnalytics
import Testing

@Suite struct Xoshiro256StarStarTests {
  @Test func matchesTheReferenceImplementationSeededBySplitMix64() {
    // Values from the authors' C code (xoshiro256starstar.c), state = four splitmix64
    // outputs started at 42.
    var random = Xoshiro256StarStar(seed: 42)
    #expect(random.next() == 1_546_998_764_402_558_742)
    #expect(random.next() == 6_990_951_692_964_543_102)
    #expect(random.next() == 12_544_586_762_248_559_009)
  }

  @Test func streamsOfOneSeedAreReproducibleAndDistinct() {
    var first = Xoshiro256StarStar(seed: 7, stream: 1)
    var again = Xoshiro256StarStar(seed: 7, stream: 1)
    var second = Xoshiro256StarStar(seed: 7, stream: 2)
    let a = (0..<4).map { _ in first.next() }
    #expect(a == (0..<4).map { _ in again.next() })
    #expect(a != (0..<4).map { _ in second.next() })
  }
}
