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
}
