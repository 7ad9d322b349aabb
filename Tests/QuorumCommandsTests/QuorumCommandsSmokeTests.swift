import QuorumCommands
import Testing

@Test func quorumCommandsModuleLoads() {
  #expect(Bool(true))
}
