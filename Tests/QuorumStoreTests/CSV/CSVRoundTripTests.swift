import QuorumStore
import Testing

/// `CSVWriter` output read back by `CSVReader` gives the same table, field for field.
@Suite struct CSVRoundTripTests {
  @Test func writerQuotesOnlyWhatNeedsIt() {
    #expect(
      CSVWriter.encode(["1", "Acme, Inc.", "say \"hi\"", "a\nb", " pad"])
        == "1,\"Acme, Inc.\",\"say \"\"hi\"\"\",\"a\nb\",\" pad\"\n")
    #expect(CSVWriter.encode([""]) == "\"\"\n")
    #expect(CSVWriter.encode(["", ""]) == ",\n")
    #expect(CSVWriter.encodeField("\u{FEFF}id") == "\"\u{FEFF}id\"")
    #expect(CSVWriter.encodeField("\"\u{301}") == "\"\"\"\u{301}\"")
  }

  @Test func writerFlushHandsOverTheTextSoFar() {
    var writer = CSVWriter()
    writer.write(["id"])
    #expect(writer.flush() == "id\n")
    writer.write(["1"])
    #expect(writer.text == "1\n")
  }

  @Test(arguments: [UInt64(1), 2, 3, 42, 2025])
  func randomTablesRoundTrip(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed)
    let columns = Int.random(in: 1...6, using: &generator)
    let table = (0..<Int.random(in: 1...40, using: &generator)).map { _ in
      (0..<columns).map { _ in randomField(using: &generator) }
    }
    var writer = CSVWriter()
    for row in table { writer.write(row) }
    let (header, rows) = try readAll(writer.text)
    #expect(header?.fields == table.first)
    #expect(rows.map(\.fields) == Array(table.dropFirst()))
    #expect(rows.allSatisfy { $0.problems.isEmpty })
    var expectedLine = 1 + lineBreaks(in: CSVWriter.encode(table[0]))
    for (row, fields) in zip(rows, table.dropFirst()) {
      #expect(row.line == expectedLine)
      expectedLine += lineBreaks(in: CSVWriter.encode(fields))
    }
  }

  /// A field drawn from pieces that stress the grammar: separators, quotes, every line
  /// break, spaces, multi-byte characters, a byte-order mark, and empty text.
  private func randomField(using generator: inout SplitMix64) -> String {
    let pieces = [
      "", "a", "Acme", ",", "\"", "\"\"", "\n", "\r", "\r\n", " ", "\t", "é", "€", "𝄞", "日本",
      "\u{FEFF}", "x,y", "1.5", "\u{301}",
    ]
    return (0..<Int.random(in: 0...5, using: &generator)).map { _ in
      pieces[Int.random(in: 0..<pieces.count, using: &generator)]
    }.joined()
  }

  /// Line breaks (LF, CR, CRLF as one) in `text`, as the reader counts them.
  private func lineBreaks(in text: String) -> Int {
    var count = 0
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if byte == 0x0D || (byte == 0x0A && previous != 0x0D) { count += 1 }
      previous = byte
    }
    return count
  }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a small seeded generator for reproducible tests.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
