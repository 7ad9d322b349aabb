import Foundation
import QuorumAnalytics
import Testing

@testable import QuorumStore

/// The byte-level helpers of the import agree with the reference `String` behaviour.
@Suite struct ImportBytesTests {
  private func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    Array(text.utf8).withUnsafeBufferPointer(body)
  }

  @Test(arguments: [
    "2025-03-01", "2025-03-01T14:05:09Z", "1970-01-01", "2024-02-29", "1969-12-31T23:59:59Z",
    "2024-02-30", "2025-13-01", "2025-03-01T24:00:00Z", "2025-03-01T14:60:00Z",
    "2025-03-01T14:05:09+02:00", "2025-03-01T14:05:09.5Z", "2025-03-01 14:05:09Z",
    "2025-03-01T14:05:09z", " 2025-03-01", "2025-3-01", "20250301", "", "2025-03-0a",
  ])
  func iso8601FastPathAcceptsOnlyWhatTheFullParserReadsTheSame(text: String) {
    let fast = withBytes(text) { ISO8601FastPath.milliseconds($0) }
    let full = try? Timestamp.parseISO8601(text).get().millisecondsSince1970
    if let fast {
      #expect(fast == full)
    } else {
      let isFastShape =
        (text.count == 10 || (text.count == 20 && text.hasSuffix("Z") && text.contains("T")))
        && full != nil && !text.hasPrefix(" ")
      #expect(!isFastShape, "\(text) has a fast shape and is valid")
    }
  }

  @Test func byteKeyMapStoresReplacesAndGrows() {
    var map = ByteKeyMap()
    for index in 0..<10_000 { map.set(Int64(index), for: "C\(index)") }
    map.set(-1, for: "")
    map.set(42, for: "C7")
    #expect(map.count == 10_001)
    #expect(map.value(for: "C9999") == 9_999)
    #expect(map.value(for: "C7") == 42)
    #expect(map.value(for: "") == -1)
    #expect(map.value(for: "C10000") == nil)
    #expect(map.value(for: "c1") == nil)
    #expect(map.value(for: "é") == nil)
    map.set(5, for: "e\u{301}")
    #expect(map.value(for: "\u{e9}") == nil)
    #expect(map.value(for: "e\u{301}") == 5)
  }

  @Test func trimmingDefersToTheTextPathNextToNonASCII() {
    func trimmed(_ text: String) -> String? {
      withBytes(text) { RowParser.trimmedASCII($0).map { String(decoding: $0, as: UTF8.self) } }
    }
    #expect(trimmed("  a b\t") == "a b")
    #expect(trimmed(" \t ") == "")
    #expect(trimmed("é") == "é")
    #expect(trimmed(" é") == nil)
    #expect(trimmed("é ") == nil)
    #expect(trimmed("x é y") == "x é y")
  }

  @Test func attributesAreEscapedAsTheStringEncoderEscapesThem() {
    let text = "a\"b\\c\nd\re\tf\u{1}g é 𝄞"
    var bytes: [UInt8] = []
    withBytes(text) { JSONText.appendString($0, to: &bytes) }
    #expect(String(decoding: bytes, as: UTF8.self) == JSONText.string(text))
  }

  @Test func batchesSortByKeyKeepingLineOrderForEqualKeys() {
    var batch = WriteBatch(file: .activities, displayName: "a.csv", width: 6)
    let keys: [(Int64, Int64, Int64)] = [(2, 5, 1), (1, 9, 1), (2, 5, 1), (1, 3, 2), (1, 3, 1)]
    for (line, key) in keys.enumerated() {
      batch.values += [.integer(key.0), .integer(key.1), .integer(key.2), .null, .null, .null]
      batch.rows.append(WriteBatch.Row(line: line + 2, isKnownKey: false, raw: 0..<0))
    }
    batch.sortByKey(TableLayout.of(.activities))
    #expect(batch.order == [4, 3, 1, 0, 2])

    var text = WriteBatch(file: .spend, displayName: "s.csv", width: 6)
    for (line, channel) in ["b", "a", "b", "ab"].enumerated() {
      let value = text.appendText(channel)
      text.values += [value, text.appendText(""), .integer(1), .integer(2), .real(1), .null]
      text.rows.append(WriteBatch.Row(line: line + 2, isKnownKey: false, raw: 0..<0))
    }
    text.sortByKey(TableLayout.of(.spend))
    #expect(text.order == [1, 3, 0, 2])
  }

  @Test func boundTextKeepsItsLengthAndBindingsAreClearedAfterwards() throws {
    let database = try Database(path: ":memory:")
    try database.execute("CREATE TABLE t (a TEXT, b INTEGER, c REAL)")
    let statement = try database.statement("INSERT INTO t VALUES (?, ?, ?)")
    let bytes: [UInt8] = [0x61, 0x00, 0x62]
    try bytes.withUnsafeBytes { text in
      try statement.execute { binder throws(SQLiteError) in
        try binder.bindText(text, at: 1)
        try binder.bind(Int64(7), at: 2)
        try binder.bind(0.5, at: 3)
      }
    }
    try statement.execute { binder throws(SQLiteError) in
      try binder.bindText(UnsafeRawBufferPointer(start: nil, count: 0), at: 1)
    }
    try statement.execute { _ throws(SQLiteError) in }
    let rows = try database.statement("SELECT length(CAST(a AS BLOB)), typeof(a), b, c FROM t")
      .map { "\($0.int64(0)) \($0.string(1)) \($0.optionalInt64(2).map(String.init) ?? "-")" }
    #expect(rows == ["3 text 7", "0 text -", "0 null -"])
    #expect(throws: SQLiteError.self) {
      try statement.execute { binder throws(SQLiteError) in try binder.bind(Int64(1), at: 9) }
    }
  }
}
