import Testing

@testable import QuorumStore

@Suite struct ContactScoreBlockTests {
  static let unmatched = StoredContactScore(
    contactID: "C1", accountID: nil, matchMethod: "unmatched", fit: 20, engagement: 0,
    framework: 0, score: 20, stage: "cold", seniority: "vp", department: "sales",
    committeeRole: nil, isChampion: false)

  static let champion = StoredContactScore(
    contactID: "Ç-2", accountID: "A9", matchMethod: "email_domain", fit: 12.5,
    engagement: 7.25, framework: -3, score: 16.75, stage: "mql", seniority: "director",
    department: "it", committeeRole: "champion", isChampion: true)

  static func block(_ rows: [(StoredContactScore, [UInt8])]) -> [UInt8] {
    var bytes = [ContactScoreBlock.format]
    for (row, reasons) in rows {
      reasons.withUnsafeBytes { ContactScoreBlock.append(row, reasons: $0, to: &bytes) }
    }
    return bytes
  }

  /// The worked example of the format: texts by length, a missing text as 0, numbers as
  /// their bits (20.0 is 0x4034000000000000), the champion byte, the reasons by length.
  @Test func aRowIsWrittenFieldByField() {
    let bytes = Self.block([(Self.unmatched, [0x00, 0x01])])
    let text = { (text: String) in [UInt8(text.utf8.count)] + Array(text.utf8) }
    let twenty: [UInt8] = [0, 0, 0, 0, 0, 0, 0x34, 0x40]
    let zero = [UInt8](repeating: 0, count: 8)
    let expected: [UInt8] =
      [1] + text("C1") + [0] + text("unmatched") + twenty + zero + zero + twenty + text("cold")
      + text("vp") + text("sales") + [0] + [0] + [2, 0x00, 0x01]
    #expect(bytes == expected)
  }

  @Test func rowsReadBackAsWritten() throws {
    let bytes = Self.block([(Self.unmatched, [0x00, 0x01]), (Self.champion, [])])
    let rows = try #require(ContactScoreBlock.rows(in: bytes))
    #expect(rows.map(\.row) == [Self.unmatched, Self.champion])
    #expect(rows.map(\.reasons) == [[0x00, 0x01], []])
  }

  @Test func aContactIsFoundPastTheRowsBeforeIt() throws {
    let bytes = Self.block([(Self.unmatched, [7, 8, 9]), (Self.champion, [4])])
    let found = try #require(ContactScoreBlock.row(of: "Ç-2", in: bytes))
    #expect(found.row == Self.champion)
    #expect(found.reasons == [4])
    #expect(ContactScoreBlock.row(of: "C1", in: bytes)?.reasons == [7, 8, 9])
    // By bytes: "C" is not "C1", and a canonically equivalent spelling is another ID.
    #expect(ContactScoreBlock.row(of: "C", in: bytes) == nil)
    #expect(ContactScoreBlock.row(of: "C\u{327}-2", in: bytes) == nil)
  }

  @Test func bytesThatAreNotABlockDoNotDecode() {
    let bytes = Self.block([(Self.unmatched, [0x00, 0x01])])
    #expect(ContactScoreBlock.rows(in: []) == nil)
    #expect(ContactScoreBlock.rows(in: [2] + bytes.dropFirst()) == nil)
    #expect(ContactScoreBlock.rows(in: Array(bytes.dropLast())) == nil)
    #expect(ContactScoreBlock.row(of: "C1", in: Array(bytes.dropLast())) == nil)
    #expect(ContactScoreBlock.rows(in: [ContactScoreBlock.format])?.isEmpty == true)
  }
}
