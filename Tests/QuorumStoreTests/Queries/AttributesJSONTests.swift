import Testing

@testable import QuorumStore

@Suite struct AttributesJSONTests {
  @Test func flatObjectsOfStringsDecodeWithEscapes() {
    #expect(AttributesJSON.decode(#"{"lead_score_legacy":"35"}"#) == ["lead_score_legacy": "35"])
    #expect(AttributesJSON.decode(" { } ") == [:])
    #expect(
      AttributesJSON.decode(#"{ "a" : "say \"hi\"\n", "b":"caf\u00e9 \ud83d\ude00 \/" }"#)
        == ["a": "say \"hi\"\n", "b": "café 😀 /"])
  }

  @Test func otherJSONKeepsOnlyItsStringValues() {
    #expect(AttributesJSON.decode(#"{"n":3,"s":"x","o":{"k":"v"}}"#) == ["s": "x"])
  }

  @Test func textThatIsNotAnObjectGivesNoAttributes() {
    #expect(AttributesJSON.decode("") == [:])
    #expect(AttributesJSON.decode(#"{"a":"b""#) == [:])
    #expect(AttributesJSON.decode(#"["a"]"#) == [:])
    #expect(AttributesJSON.decode(#"{"a":"b"} trailing"#) == [:])
  }
}
