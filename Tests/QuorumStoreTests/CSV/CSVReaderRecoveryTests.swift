import Foundation
import QuorumStore
import Testing

/// Unterminated and stray quotes: the record is reported at the line where the quote
/// opened with the lines it consumed, and the lines it swallowed are read again as rows.
@Suite struct CSVReaderRecoveryTests {
  @Test func quoteRunningToTheEndIsCutAtItsLineAndTheRowsAfterAreRead() throws {
    let (_, rows) = try readAll("id,name\n1,\"Acme\n2,Globex\n3,Initech\n")
    #expect(
      rows == [
        ReadRow(
          line: 2, fields: ["1", "\"Acme"], raw: "1,\"Acme",
          problems: [.unterminatedQuote(fieldIndex: 1, openedAtLine: 2, linesConsumed: 3)]),
        ReadRow(line: 3, fields: ["2", "Globex"], raw: "2,Globex"),
        ReadRow(line: 4, fields: ["3", "Initech"], raw: "3,Initech"),
      ])
  }

  @Test func linesConsumedCountsTheLastLineOnlyWhenItHasText() throws {
    let (_, withoutFinalBreak) = try readAll("h\n\"a\nb\nc")
    #expect(
      withoutFinalBreak.first?.problems == [
        .unterminatedQuote(fieldIndex: 0, openedAtLine: 2, linesConsumed: 3)
      ])
    #expect(withoutFinalBreak.map(\.fields) == [["\"a"], ["b"], ["c"]])
    let (_, withFinalBreak) = try readAll("h\n\"a\nb\nc\n")
    #expect(withFinalBreak.map(\.problems) == withoutFinalBreak.map(\.problems))
  }

  @Test func strayQuoteClosedByALaterQuoteFollowedByTextIsRecovered() throws {
    let text = "id,name,city\n1,\"Acme,Berlin\n2,Globex,Paris\n3,\"Initech\",Rome\n"
    let (_, rows) = try readAll(text)
    #expect(
      rows.map(\.problems) == [
        [
          .unterminatedQuote(fieldIndex: 1, openedAtLine: 2, linesConsumed: 3),
          .fieldCountMismatch(expected: 3, found: 2),
        ],
        [], [],
      ])
    #expect(rows.map(\.line) == [2, 3, 4])
    #expect(
      rows.map(\.fields).dropFirst() == [["2", "Globex", "Paris"], ["3", "Initech", "Rome"]])
    #expect(rows.first?.raw == "1,\"Acme,Berlin")
  }

  @Test func recoveryKeepsLinesRightWithCRLFAndCREndings() throws {
    for lineBreak in ["\r\n", "\r"] {
      let text = ["h,i", "1,\"x", "2,y", "3,z"].joined(separator: lineBreak) + lineBreak
      let (_, rows) = try readAll(text)
      #expect(rows.map(\.fields) == [["1", "\"x"], ["2", "y"], ["3", "z"]])
      #expect(rows.map(\.line) == [2, 3, 4])
      #expect(
        rows.first?.problems == [
          .unterminatedQuote(fieldIndex: 1, openedAtLine: 2, linesConsumed: 3)
        ])
    }
  }

  @Test func recordStartingBeforeTheStrayQuoteKeepsItsEarlierLines() throws {
    let text = "a,b,c\n\"multi\nline\",\"stray\n2,x,y\n"
    let (_, rows) = try readAll(text)
    #expect(rows.map(\.line) == [2, 4])
    #expect(rows.first?.lineCount == 2)
    #expect(rows.first?.raw == "\"multi\nline\",\"stray")
    #expect(rows.first?.fields == ["multi\nline", "\"stray"])
    #expect(
      rows.first?.problems == [
        .unterminatedQuote(fieldIndex: 1, openedAtLine: 3, linesConsumed: 2),
        .fieldCountMismatch(expected: 3, found: 2),
      ])
    #expect(rows.last?.fields == ["2", "x", "y"])
  }

  @Test func unterminatedQuoteOnTheLastLineConsumesOneLine() throws {
    let (_, rows) = try readAll("a,b\n1,2\n3,\"oops")
    #expect(rows.count == 2)
    #expect(
      rows.last
        == ReadRow(
          line: 3, fields: ["3", "\"oops"], raw: "3,\"oops",
          problems: [.unterminatedQuote(fieldIndex: 1, openedAtLine: 3, linesConsumed: 1)]))
  }

  @Test func quotedFieldThatSpansLinesAndClosesProperlyIsKept() throws {
    let (_, rows) = try readAll("a,b\n1,\"two\nlines\"\n2,x\n")
    #expect(rows.map(\.fields) == [["1", "two\nlines"], ["2", "x"]])
    #expect(rows.allSatisfy { $0.problems.isEmpty })
  }

  @Test func everyLineWithAStrayQuoteIsItsOwnReject() throws {
    let (_, rows) = try readAll("a,b\n1,\"x\n2,\"y\n3,\"z\n4,ok\n")
    #expect(rows.map(\.line) == [2, 3, 4, 5])
    #expect(rows.map(\.fields.first) == ["1", "2", "3", "4"])
    #expect(rows.map(\.problems.isEmpty) == [false, false, false, true])
    #expect(
      rows.first?.problems.first
        == .unterminatedQuote(fieldIndex: 1, openedAtLine: 2, linesConsumed: 2))
  }

  @Test func headerWithAnUnterminatedQuoteIsRecoveredToo() throws {
    let (header, rows) = try readAll("\"id,name\n1,Acme\n")
    #expect(
      header?.problems == [.unterminatedQuote(fieldIndex: 0, openedAtLine: 1, linesConsumed: 2)])
    #expect(rows.map(\.fields) == [["1", "Acme"]])
    #expect(rows.first?.problems == [.fieldCountMismatch(expected: 1, found: 2)])
  }

  @Test func fileReaderReReadsTheSwallowedLinesFromDisk() throws {
    let text = "id,name\r\n1,\"Acme\r\n2,Globex\r\n3,\"Initech\"\r\n"
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("quorum-csv-\(UInt64.random(in: 0...UInt64.max)).csv").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    var reader = try CSVReader(path: path, options: CSVReaderOptions(chunkSize: 3))
    var rows: [ReadRow] = []
    while let record = try reader.next() { rows.append(ReadRow(record)) }
    #expect(rows == (try readAll(text).rows))
    #expect(rows.map(\.line) == [2, 3, 4])
    #expect(rows.map(\.fields).dropFirst() == [["2", "Globex"], ["3", "Initech"]])
  }
}
