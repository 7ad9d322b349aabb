import QuorumStore
import Testing

@Test func quorumStoreModuleLoads() {
  #expect(Bool(true))
}
