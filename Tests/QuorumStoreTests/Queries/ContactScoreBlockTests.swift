import QuorumAnalytics
import Testing

@testable import QuorumStore

@Suite struct ContactScoreBlockTests {
  static let unmatched = StoredContactScore(
    contactID: "C1", accountID: nil, matchMethod: "unmatched", fit: ScorePoints(hundredths: 2000),
    engagement: .zero, framework: .zero, score: ScorePoints(hundredths: 2000), stage: "cold",
    seniority: "vp", department: "sales", committeeRole: nil, isChampion: false)

  static let champion = StoredContactScore(
    contactID: "Ç-2", accountID: "A9", matchMethod: "email_domain",
    fit: ScorePoints(hundredths: 1250), engagement: ScorePoints(hundredths: 725),
    framework: ScorePoints(hundredths: -300), score: ScorePoints(hundredths: 1675), stage: "mql",
    seniority: "vp", department: "it", committeeRole: "champion", isChampion: true)

  static func block(_ rows: [(StoredContactScore, [UInt8])]) -> [UInt8] {
    var block = ContactScoreBlock.Writer()
    for (row, reasons) in rows {
      reasons.withUnsafeBytes { block.append(row, reasons: $0) }
    }
    return block.bytes
  }

  /// The worked example of the format: the labels first (in order of first use), then the
  /// row: texts by length, a missing text as 0, labels by position, 20 points as the zigzag
  /// of 2000 hundredths (4000: 0xA0 0x1F), no role as 0, the champion byte, the reasons by
  /// length.
  @Test func aRowIsWrittenFieldByField() {
    let bytes = Self.block([(Self.unmatched, [0x00, 0x01])])
    let text = { (text: String) in [UInt8(text.utf8.count)] + Array(text.utf8) }
    let twenty: [UInt8] = [0xA0, 0x1F]
    let expected: [UInt8] =
      [1, 4] + text("unmatched") + text("cold") + text("vp") + text("sales")
      + text("C1") + [0] + [0] + twenty + [0] + [0] + twenty + [1, 2, 3] + [0] + [0]
      + [2, 0x00, 0x01]
    #expect(bytes == expected)
  }

  /// Labels repeat across rows as positions: the second row adds only the labels it is the
  /// first to use.
  @Test func rowsReadBackAsWritten() throws {
    let bytes = Self.block([(Self.unmatched, [0x00, 0x01]), (Self.champion, [])])
    #expect(bytes[1] == 8)  // unmatched cold vp sales, then email_domain mql it champion
    let rows = try #require(ContactScoreBlock.rows(in: bytes))
    #expect(rows.map(\.row) == [Self.unmatched, Self.champion])
    #expect(rows.map(\.reasons) == [[0x00, 0x01], []])
  }

  @Test func aContactIsFoundPastTheRowsBeforeIt() {
    let bytes = Self.block([(Self.unmatched, [7, 8, 9]), (Self.champion, [4])])
    #expect(ContactScoreBlock.row(of: "Ç-2", in: bytes) == .found(Self.champion, reasons: [4]))
    #expect(
      ContactScoreBlock.row(of: "C1", in: bytes) == .found(Self.unmatched, reasons: [7, 8, 9]))
    // By bytes: "C" is not "C1", and a canonically equivalent spelling is another ID.
    #expect(ContactScoreBlock.row(of: "C", in: bytes) == .absent)
    #expect(ContactScoreBlock.row(of: "C\u{327}-2", in: bytes) == .absent)
  }

  @Test func bytesThatAreNotABlockDoNotDecode() {
    let bytes = Self.block([(Self.unmatched, [0x00, 0x01])])
    #expect(ContactScoreBlock.rows(in: []) == nil)
    #expect(ContactScoreBlock.rows(in: [2] + bytes.dropFirst()) == nil)
    #expect(ContactScoreBlock.rows(in: Array(bytes.dropLast())) == nil)
    #expect(ContactScoreBlock.row(of: "C1", in: Array(bytes.dropLast())) == .undecodable)
    #expect(ContactScoreBlock.row(of: "C9", in: Array(bytes.dropLast())) == .undecodable)
    #expect(ContactScoreBlock.rows(in: [ContactScoreBlock.format, 9]) == nil)  // labels cut short
    #expect(ContactScoreBlock.rows(in: ContactScoreBlock.Writer().bytes)?.isEmpty == true)
  }

  /// A label is a position among the block's labels (a role the position + 1): one past
  /// them does not decode, nor does a champion byte above 1.
  @Test func labelsOutsideTheBlocksLabelsDoNotDecode() {
    let bytes = Self.block([(Self.unmatched, [])])
    // The row starts after the format, the count and the labels (2 + 10 + 5 + 3 + 6 bytes):
    // C1 (3 bytes), no account, the method, four numbers (2 + 1 + 1 + 2 bytes), stage,
    // seniority, department, role, champion, no reasons.
    let start = 26
    #expect(bytes[start...].starts(with: [2] + Array("C1".utf8) + [0]))
    let method = start + 4
    let role = start + 14
    #expect(bytes[method] == 0 && bytes[role] == 0 && bytes[role + 1] == 0)
    func with(_ index: Int, _ value: UInt8) -> [UInt8] {
      var changed = bytes
      changed[index] = value
      return changed
    }
    #expect(ContactScoreBlock.rows(in: with(method, 3))?.first?.row.matchMethod == "sales")
    #expect(ContactScoreBlock.rows(in: with(method, 4)) == nil)
    #expect(ContactScoreBlock.rows(in: with(role, 4))?.first?.row.committeeRole == "sales")
    #expect(ContactScoreBlock.rows(in: with(role, 5)) == nil)
    #expect(ContactScoreBlock.rows(in: with(role + 1, 1))?.first?.row.isChampion == true)
    #expect(ContactScoreBlock.rows(in: with(role + 1, 2)) == nil)
  }
}
