import Foundation
import Testing

@testable import QuorumStore

@Suite struct TextTableTests {
  @Test func aTextFoundAfterItsInsertKeepsItsValueUntilSet() {
    var table = TextTable()
    let (place, missing) = table.find("fit.industry.core")
    #expect(missing == nil)
    table.insert("fit.industry.core", value: 7, at: place)
    let found = table.find("fit.industry.core")
    #expect(found.value == 7)
    table.setValue(8, at: found.place)
    #expect(table.find("fit.industry.core").value == 8)
    #expect(table.find("fit.industry").value == nil)
    #expect(table.count == 1)
  }

  /// Texts are told apart by their bytes, including those that share a prefix or an
  /// eight-byte word, differ only in their last byte, are empty or are not ASCII; a bridged
  /// string finds the native one with the same bytes.
  @Test func textsAreToldApartByTheirBytes() {
    let texts = [
      "", "a", "ab", "abcdefgh", "abcdefghi", "abcdefgi", "abcdefgh\u{0}", "≤ 24 months",
      "“met”", "Zürich", "Zu\u{308}rich", "engagement.whitepaper_download",
      "engagement.whitepaper_downloae",
    ]
    var table = TextTable(capacity: 1)
    for (value, text) in texts.enumerated() {
      let (place, existing) = table.find(text)
      #expect(existing == nil, "\(text) was found before it was inserted")
      table.insert(text, value: value, at: place)
    }
    for (value, text) in texts.enumerated() {
      #expect(table.find(text).value == value, "\(text)")
    }
    #expect(table.find(NSString(string: "Zürich") as String).value == 9)
    #expect(table.count == texts.count)
  }

  /// Growing from room for one text to twenty thousand keeps every value: the table's
  /// answers match a dictionary's.
  @Test func growingKeepsEveryTextAndValue() {
    var table = TextTable(capacity: 1)
    var reference: [String: Int] = [:]
    // A fixed sequence with repeats: a linear congruential generator's high bits.
    var state: UInt64 = 42
    for index in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let text = "text \((state >> 33) % 30_000)"
      let (place, value) = table.find(text)
      #expect(value == reference[text])
      if value == nil {
        table.insert(text, value: index, at: place)
        reference[text] = index
      }
    }
    #expect(table.count == reference.count)
    #expect(reference.allSatisfy { table.find($0.key).value == $0.value })
  }
}
