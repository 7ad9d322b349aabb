import Testing

@testable import QuorumAnalytics

@Suite struct ChunkedWorkTests {
  @Test func chunksCoverEveryItemOnceInOrder() {
    let work = ChunkedWork(count: 10, chunks: 3)
    #expect((0..<3).map(work.range(ofChunk:)) == [0..<3, 3..<6, 6..<10])
    #expect(work.flatMap { Array($0) } == Array(0..<10))
  }

  /// Tapering, the k-th of n chunks holds n − k of n(n + 1)/2 shares: 60 items in 3 chunks
  /// take 3, 2 and 1 sixths (30, 20, 10); every item once, in order, for any count.
  @Test func taperingChunksShrinkFromFirstToLastAndCoverEveryItem() {
    let work = ChunkedWork(count: 60, chunks: 3, tapering: true)
    #expect((0..<3).map(work.range(ofChunk:)) == [0..<30, 30..<50, 50..<60])
    for count in [0, 1, 5, 16, 17, 1_000, 50_001] {
      let tapering = ChunkedWork(count: count, chunks: 16, tapering: true)
      let ranges = (0..<tapering.chunkCount).map(tapering.range(ofChunk:))
      #expect(ranges.flatMap { Array($0) } == Array(0..<count))
      #expect(tapering.flatMap { $0.map { $0 * 2 } } == (0..<count).map { $0 * 2 })
      if count >= 1_000 {
        #expect(ranges.first!.count > 10 * ranges.last!.count)
      }
    }
  }

  @Test func resultsDoNotDependOnTheNumberOfChunks() {
    let one = ChunkedWork(count: 1_000, chunks: 1).flatMap { $0.map { $0 * $0 } }
    let many = ChunkedWork(count: 1_000, chunks: 7).flatMap { $0.map { $0 * $0 } }
    #expect(one == many)
    #expect(many.count == 1_000)
  }

  @Test func fewItemsMakeFewerChunksAndNoneMakesOneEmptyChunk() {
    #expect(ChunkedWork(count: 2, chunks: 16).chunkCount == 2)
    #expect(ChunkedWork(count: 0).map { $0.count } == [0])
  }

  @Test func mapWritesEachItemsResultInItsPlace() {
    // 10 items in 3 chunks (0..<3, 3..<6, 6..<10): the result is in item order whatever
    // chunk computed it.
    let squares = ChunkedWork(count: 10, chunks: 3).map(each: { $0 * $0 })
    #expect(squares == [0, 1, 4, 9, 16, 25, 36, 49, 64, 81])
    #expect(ChunkedWork(count: 0).map(each: { $0 }) == [])
  }

  @Test func eachChunkHasItsOwnState() {
    // The state counts the items its chunk has seen so far: 1, 2, 3 in the first chunk
    // (0..<3), again from 1 in the second (3..<6), and 1…4 in the last (6..<10).
    let seen = ChunkedWork(count: 10, chunks: 3).map(state: { 0 }) { count, _ in
      count += 1
      return count
    }
    #expect(seen == [1, 2, 3, 1, 2, 3, 1, 2, 3, 4])
  }

  @Test func mapOfLargeValuesMatchesASerialMap() {
    let labels = ChunkedWork(count: 1_000, chunks: 7).map(each: { "item \($0)" })
    #expect(labels == (0..<1_000).map { "item \($0)" })
  }
}
