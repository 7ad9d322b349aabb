import Testing

@testable import QuorumStore

@Suite struct JSONTextTests {
  @Test func stringsAreEscapedOnlyWhereJSONNeedsIt() {
    #expect(JSONText.string("plain text, ünïcode") == #""plain text, ünïcode""#)
    #expect(JSONText.string("say \"hi\"\\\n\t\u{01}") == #""say \"hi\"\\\n\t\u0001""#)
  }
}
