import Testing

@testable import QuorumAnalytics

@Suite struct ChunkedWorkTests {
  @Test func chunksCoverEveryItemOnceInOrder() {
    let work = ChunkedWork(count: 10, chunks: 3)
    #expect((0..<3).map(work.range(ofChunk:)) == [0..<3, 3..<6, 6..<10])
    #expect(work.flatMap { Array($0) } == Array(0..<10))
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
