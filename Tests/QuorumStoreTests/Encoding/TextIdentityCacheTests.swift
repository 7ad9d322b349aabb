import Testing

@testable import QuorumStore

@Suite struct TextIdentityCacheTests {
  /// A copy of `text` in storage of its own.
  private func fresh(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }

  @Test func aTextIsFoundByItsStorageOnly() {
    var cache = TextIdentityCache()
    let feature = fresh("engagement.whitepaper_download")
    #expect(cache.code(of: feature) == nil)
    cache.remember(feature, code: 3)
    let shared = feature  // the same storage
    #expect(cache.code(of: shared) == 3)
    // The same bytes in other storage are not found (the caller hashes them instead).
    #expect(cache.code(of: fresh(feature)) == nil)
  }

  @Test func shortTextsAreNeverCached() {
    var cache = TextIdentityCache()
    let short = "fit.revenue.mid"  // 15 bytes: a String may hold it inline
    cache.remember(short, code: 1)
    #expect(cache.code(of: short) == nil)
    let long = fresh("fit.revenue.midsize")
    cache.remember(long, code: 2)
    #expect(cache.code(of: long) == 2)
  }

  /// An entry keeps its text: however many texts come and go, a storage found is the one
  /// remembered, and a text whose entry another took is simply not found.
  @Test func aTakenEntryIsAMissNeverAWrongCode() {
    var cache = TextIdentityCache(capacity: 2)
    var kept: [(String, Int)] = []
    for code in 0..<1_000 {
      let text = fresh("detail number \(code) of many")
      cache.remember(text, code: code)
      if code % 100 == 0 { kept.append((text, code)) }
    }
    for (text, code) in kept {
      let found = cache.code(of: text)
      #expect(found == nil || found == code)
    }
  }
}
