import Testing

@testable import QuorumCommands

@Suite struct ProcessLifetimeTests {
  /// A class instance whose release the test can observe through a weak reference.
  private final class Tracked: Sendable {}

  @Test func aValueHandedToALifetimeLivesAsLongAsTheLifetime() {
    weak var tracked: Tracked?
    var lifetime: ProcessLifetime? = ProcessLifetime()
    do {
      let value = Tracked()
      tracked = value
      let context = CommandContext(
        standardOutput: TextBuffer().sink, standardError: TextBuffer().sink, lifetime: lifetime)
      context.keepUntilExit([value])
    }
    #expect(tracked != nil)
    lifetime = nil
    #expect(tracked == nil)
  }

  @Test func withoutALifetimeTheValueIsFreedAsUsual() {
    weak var tracked: Tracked?
    do {
      let value = Tracked()
      tracked = value
      let context = CommandContext(
        standardOutput: TextBuffer().sink, standardError: TextBuffer().sink)
      context.keepUntilExit(value)
    }
    #expect(tracked == nil)
  }

  @Test func theProcessContextHasTheProcessLifetime() {
    #expect(CommandContext.current().lifetime === ProcessLifetime.process)
  }
}
