import Foundation
import QuorumStore
import Testing

/// RFC 4180 grammar: what well-formed (and blank-line-tolerant) input reads as. Every test
/// reads with chunk sizes 1, 2, 3, 5 and 1 MiB and expects the same result (`readAll`).
@Suite struct CSVReaderGrammarTests {
  @Test func readsHeaderAndRecordsWithTheirLines() throws {
    let (header, rows) = try readAll("id,name\n1,Acme\n2,Globex\n")
    #expect(header == ReadRow(line: 1, fields: ["id", "name"], raw: "id,name"))
    #expect(
      rows == [
        ReadRow(line: 2, fields: ["1", "Acme"], raw: "1,Acme"),
        ReadRow(line: 3, fields: ["2", "Globex"], raw: "2,Globex"),
      ])
  }

  @Test func quotedFieldsKeepCommasAndUndoubleQuotes() throws {
    let (_, rows) = try readAll("a,b,c\n1,\"Acme, Inc.\",\"say \"\"hi\"\"\"\n")
    #expect(rows.map(\.fields) == [["1", "Acme, Inc.", "say \"hi\""]])
    #expect(rows.first?.raw == "1,\"Acme, Inc.\",\"say \"\"hi\"\"\"")
    #expect(rows.first?.problems == [])
  }

  @Test func emptyFieldsQuotedOrNotAndTrailingCommas() throws {
    let (_, rows) = try readAll("a,b,c\n,,\n\"\",\"\",\"\"\nx,,\n,\"\",y")
    #expect(rows.map(\.fields) == [["", "", ""], ["", "", ""], ["x", "", ""], ["", "", "y"]])
    #expect(rows.allSatisfy { $0.problems.isEmpty })
  }

  @Test func singleColumnRecordOfOneEmptyQuotedFieldIsNotBlank() throws {
    let (header, rows) = try readAll("note\n\"\"\n\nx\n")
    #expect(header?.fields == ["note"])
    #expect(rows.map(\.fields) == [[""], ["x"]])
    #expect(rows.map(\.line) == [2, 4])
  }

  @Test func crlfLineEndings() throws {
    let (header, rows) = try readAll("id,name\r\n1,Acme\r\n2,Globex\r\n")
    #expect(header?.raw == "id,name")
    #expect(rows.map(\.fields) == [["1", "Acme"], ["2", "Globex"]])
    #expect(rows.map(\.line) == [2, 3])
    #expect(rows.map(\.raw) == ["1,Acme", "2,Globex"])
  }

  @Test func crOnlyLineEndings() throws {
    let (header, rows) = try readAll("id,name\r1,Acme\r\r2,Globex\r")
    #expect(header?.fields == ["id", "name"])
    #expect(rows.map(\.fields) == [["1", "Acme"], ["2", "Globex"]])
    #expect(rows.map(\.line) == [2, 4])
  }

  @Test func mixedLineEndingsEachCountOneLine() throws {
    let (_, rows) = try readAll("h\n1\r\n2\r3\n\r\n4")
    #expect(rows.map(\.fields) == [["1"], ["2"], ["3"], ["4"]])
    #expect(rows.map(\.line) == [2, 3, 4, 6])
  }

  @Test func lineBreaksInsideQuotesAreKeptAndCounted() throws {
    let text = "id,note\n1,\"a\nb\"\n2,\"c\r\nd\re\"\n3,x\n"
    let (_, rows) = try readAll(text)
    #expect(rows.map(\.fields) == [["1", "a\nb"], ["2", "c\r\nd\re"], ["3", "x"]])
    #expect(rows.map(\.line) == [2, 4, 7])
    #expect(rows.map(\.lineCount) == [2, 3, 1])
    #expect(rows[1].raw == "2,\"c\r\nd\re\"")
  }

  @Test func byteOrderMarkIsSkippedAndNotCounted() throws {
    let (header, rows) = try readAll([0xEF, 0xBB, 0xBF] + Array("id,name\n1,Acme\n".utf8))
    #expect(header == ReadRow(line: 1, fields: ["id", "name"], raw: "id,name"))
    #expect(rows.map(\.line) == [2])
  }

  @Test func byteOrderMarkOnlyAfterTheStartIsData() throws {
    let (_, rows) = try readAll("h\n\u{FEFF}x\n")
    #expect(rows.map(\.fields) == [["\u{FEFF}x"]])
  }

  @Test func missingFinalLineBreak() throws {
    let (_, rows) = try readAll("a,b\n1,2\n3,\"4\"")
    #expect(rows.map(\.fields) == [["1", "2"], ["3", "4"]])
    #expect(rows.last?.raw == "3,\"4\"")
  }

  @Test func blankLinesAreSkippedButCounted() throws {
    let (header, rows) = try readAll("\n\r\nid\n\n1\r\n\r\n\r2\n\n")
    #expect(header?.line == 3)
    #expect(rows.map(\.fields) == [["1"], ["2"]])
    #expect(rows.map(\.line) == [5, 8])
  }

  @Test func whitespaceIsDataNotABlankLine() throws {
    let (_, rows) = try readAll("a\n \n\t\n")
    #expect(rows.map(\.fields) == [[" "], ["\t"]])
  }

  @Test func emptyInputsHaveNoHeader() throws {
    for bytes: [UInt8] in [[], [0xEF, 0xBB, 0xBF], Array("\n\r\n\r".utf8)] {
      let (header, rows) = try readAll(bytes)
      #expect(header == nil)
      #expect(rows.isEmpty)
    }
  }

  @Test func multiByteCharactersSurviveEveryChunkBoundary() throws {
    let (_, rows) = try readAll("name\nJosé\n\"Zoë, €\"\n𝄞\n")
    #expect(rows.map(\.fields) == [["José"], ["Zoë, €"], ["𝄞"]])
    #expect(rows.allSatisfy { $0.problems.isEmpty })
  }

  @Test func fieldBytesAreLentUnescaped() throws {
    var reader = CSVReader(bytes: Array("a,b\n\"x\"\"y\",plain\n".utf8))
    let record = try #require(try reader.next())
    #expect(record.withFieldBytes(at: 0) { Array($0) } == Array("x\"y".utf8))
    #expect(record.withFieldBytes(at: 1) { Array($0) } == Array("plain".utf8))
    #expect(record.rawBytes == Array("\"x\"\"y\",plain".utf8))
  }

  @Test func nextReadsTheHeaderFirstWhenNotAskedFor() throws {
    var reader = CSVReader(bytes: Array("h1,h2\n1,2\n".utf8))
    let record = try #require(try reader.next())
    #expect(Array(record) == ["1", "2"])
    #expect(reader.header.map { Array($0) } == ["h1", "h2"])
    #expect(try reader.next() == nil)
    #expect(try reader.next() == nil)
  }

  @Test func recordsKeptByTheCallerStayIntactWhileReadingOn() throws {
    var reader = CSVReader(bytes: Array("h\nfirst\nsecond\n\"th\"\"ird\"\n".utf8))
    var kept: [CSVRecord] = []
    while let record = try reader.next() { kept.append(record) }
    #expect(kept.map { Array($0) } == [["first"], ["second"], ["th\"ird"]])
    #expect(kept.map(\.rawText) == ["first", "second", "\"th\"\"ird\""])
  }

  @Test func readsFilesLikeMemoryAndFromData() throws {
    let text = "\u{FEFF}id,note\r\n1,\"multi\nline\"\r\n2,x"
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("quorum-csv-\(UInt64.random(in: 0...UInt64.max)).csv").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }

    var fileReader = try CSVReader(path: path, options: CSVReaderOptions(chunkSize: 4))
    var dataReader = CSVReader(data: Data(text.utf8))
    #expect(try fileReader.readHeader().map(ReadRow.init)?.fields == ["id", "note"])
    #expect(try dataReader.readHeader().map(ReadRow.init)?.fields == ["id", "note"])
    var fromFile: [ReadRow] = []
    while let record = try fileReader.next() { fromFile.append(ReadRow(record)) }
    var fromData: [ReadRow] = []
    while let record = try dataReader.next() { fromData.append(ReadRow(record)) }
    #expect(fromFile == fromData)
    #expect(fromFile.map(\.fields) == [["1", "multi\nline"], ["2", "x"]])
    #expect(fromFile.map(\.line) == [2, 4])
  }

  @Test func missingFileIsAnIOError() {
    #expect(throws: CSVReadError.cannotOpen(path: "/nonexistent/quorum.csv", errno: ENOENT)) {
      _ = try CSVReader(path: "/nonexistent/quorum.csv")
    }
  }

  @Test func readingADirectoryIsAnIOError() {
    #expect(throws: CSVReadError.self) {
      var reader = try CSVReader(path: "/tmp")
      _ = try reader.next()
    }
  }
}
