import QuorumStore
import Testing

/// Per-record problems: reported on the record, never thrown, and reading goes on. Every
/// test reads with chunk sizes 1, 2, 3, 5 and 1 MiB and expects the same result.
@Suite struct CSVReaderProblemTests {
  @Test func raggedRowsNameBothCountsAndReadingContinues() throws {
    let (_, rows) = try readAll("a,b,c\n1,2\n1,2,3,4\n1,2,3\n")
    #expect(
      rows.map(\.problems) == [
        [.fieldCountMismatch(expected: 3, found: 2)],
        [.fieldCountMismatch(expected: 3, found: 4)], [],
      ])
    #expect(rows.map(\.fields) == [["1", "2"], ["1", "2", "3", "4"], ["1", "2", "3"]])
    #expect(rows.map(\.line) == [2, 3, 4])
  }

  @Test func invalidUTF8IsReportedWithItsColumn() throws {
    let bytes: [UInt8] =
      Array("a,b\n".utf8)
      + [0x31, 0x2C, 0xFF, 0x0A]  // 1,<FF>
      + [0xC0, 0x80, 0x2C, 0x32, 0x0A]  // overlong NUL, then 2
      + [0x33, 0x2C, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x0A]  // 3,"<surrogate>"
      + [0x34, 0x2C, 0xE2, 0x82, 0x0A]  // 4,<truncated €>
      + [0x35, 0x2C, 0xF4, 0x90, 0x80, 0x80, 0x0A]  // 5,<above U+10FFFF>
      + Array("6,é\n".utf8)
    let (_, rows) = try readAll(bytes)
    #expect(
      rows.map(\.problems) == [
        [.invalidUTF8(fieldIndex: 1)], [.invalidUTF8(fieldIndex: 0)],
        [.invalidUTF8(fieldIndex: 1)], [.invalidUTF8(fieldIndex: 1)],
        [.invalidUTF8(fieldIndex: 1)], [],
      ])
    #expect(rows[0].fields == ["1", "\u{FFFD}"])
    #expect(rows.map(\.line) == [2, 3, 4, 5, 6, 7])
  }

  @Test func nulBytesAreReportedQuotedOrNot() throws {
    let bytes: [UInt8] =
      Array("a,b\n".utf8) + [0x31, 0x00, 0x2C, 0x32, 0x0A] + Array("3,\"x".utf8)
      + [0x00] + Array("\"\n5,6\n".utf8)
    let (_, rows) = try readAll(bytes)
    #expect(rows.map(\.problems) == [[.nulByte(fieldIndex: 0)], [.nulByte(fieldIndex: 1)], []])
    #expect(rows[0].fields == ["1\u{0}", "2"])
  }

  @Test func overLongFieldsAreReportedAtTheLimitPlusOne() throws {
    let options = CSVReaderOptions(maximumFieldLength: 5)
    let (_, rows) = try readAll(
      "a,b\n12345,\"12345\"\n123456,x\n1,\"1234\"\"\"\n", options: options)
    #expect(
      rows.map(\.problems) == [
        [], [.fieldTooLong(fieldIndex: 0, length: 6, limit: 5)],
        [.fieldTooLong(fieldIndex: 1, length: 6, limit: 5)],
      ])
    #expect(rows[1].fields == ["123456", "x"])
  }

  @Test func defaultFieldLimitIsOneMebibyte() throws {
    let long = String(repeating: "x", count: (1 << 20) + 1)
    var reader = CSVReader(bytes: Array("a\n\(long)\nok\n".utf8))
    #expect(
      try reader.next()?.problems == [
        .fieldTooLong(fieldIndex: 0, length: (1 << 20) + 1, limit: 1 << 20)
      ])
    #expect(try reader.next().map { Array($0) } == ["ok"])
  }

  @Test func overLongRecordsKeepTheirTextUpToTheLimit() throws {
    let options = CSVReaderOptions(maximumRecordLength: 8)
    let (_, rows) = try readAll("a,b\n123,5678\n12345,6789\nx,y\n", options: options)
    #expect(rows.map(\.problems) == [[], [.recordTooLong(limit: 8)], []])
    #expect(rows.map(\.raw) == ["123,5678", "12345,67", "x,y"])
    #expect(rows[1].fields == ["12345", "67"])
  }

  @Test func fieldsPastTheCountLimitAreCountedNotKept() throws {
    let options = CSVReaderOptions(maximumFieldCount: 3)
    let (header, rows) = try readAll("a,b,c\n1,2,3,4,5\n", options: options)
    #expect(header?.fields == ["a", "b", "c"])
    #expect(
      rows.first?.problems == [
        .tooManyFields(limit: 3), .fieldCountMismatch(expected: 3, found: 5),
      ])
    #expect(rows.first?.fields == ["1", "2", "3"])
  }

  @Test func bareQuotesInUnquotedFieldsAreReportedOncePerField() throws {
    let (_, rows) = try readAll("a,b,c\n1,5\" \"disk\",x\n2,\" y\",z\n")
    #expect(rows.map(\.problems) == [[.bareQuote(fieldIndex: 1)], []])
    #expect(rows[0].fields == ["1", "5\" \"disk\"", "x"])
  }

  @Test func spaceBeforeAnOpeningQuoteMakesItBare() throws {
    let (_, rows) = try readAll("a,b\n1, \"x\"\n")
    #expect(rows.map(\.problems) == [[.bareQuote(fieldIndex: 1)]])
    #expect(rows[0].fields == ["1", " \"x\""])
  }

  @Test func textAfterAClosingQuoteKeepsTheRawField() throws {
    let (_, rows) = try readAll("a,b,c\n1,\"ab\"cd,2\n3,4,5\n")
    #expect(rows.map(\.problems) == [[.textAfterClosingQuote(fieldIndex: 1)], []])
    #expect(rows[0].fields == ["1", "\"ab\"cd", "2"])
  }

  @Test func severalProblemsOnOneRecordAreAllReported() throws {
    let bytes: [UInt8] = Array("a,b\n".utf8) + [0xFF, 0x2C, 0x00, 0x22, 0x2C, 0x7A, 0x0A]
    let (_, rows) = try readAll(bytes)
    #expect(
      rows.first?.problems == [
        .invalidUTF8(fieldIndex: 0), .bareQuote(fieldIndex: 1), .nulByte(fieldIndex: 1),
        .fieldCountMismatch(expected: 2, found: 3),
      ])
  }

  @Test func problemsHaveStableCodesAndColumnDescriptions() {
    #expect(CSVProblem.fieldCountMismatch(expected: 3, found: 4).code == "ragged_row")
    #expect(
      CSVProblem.fieldCountMismatch(expected: 3, found: 4).description
        == "expected 3 fields (as in the header), found 4")
    #expect(CSVProblem.invalidUTF8(fieldIndex: 2).description == "column 3 is not valid UTF-8")
    #expect(CSVProblem.nulByte(fieldIndex: 0).fieldIndex == 0)
    #expect(
      CSVProblem.unterminatedQuote(fieldIndex: 1, openedAtLine: 4, linesConsumed: 3).description
        == "quote opened in column 2 at line 4 is not closed properly (it consumed 3 lines); "
        + "reading resumed at line 5")
  }
}
