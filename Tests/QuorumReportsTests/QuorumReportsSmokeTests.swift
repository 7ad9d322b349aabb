import QuorumReports
import Testing

@Test func quorumReportsModuleLoads() {
  #expect(Bool(true))
}
