// libFuzzer target for the CSV reader and writer. Not a package target: it is compiled
// together with Sources/QuorumStore/CSV/*.swift into one module (see README.md here).
//
// For each input it checks that
// 1. reading arbitrary bytes never crashes, and gives the same records (lines, fields, raw
//    text, problems) whatever the chunk size, with default and with tiny limits, with
//    records starting on strictly increasing lines;
// 2. a table derived from the input (rows split at U+001E, fields at U+001F), written with
//    `CSVWriter` and read back, is the same table, with the lines and raw text expected and
//    no problems but the ragged rows and NUL bytes the table really has.

/// The fuzzer's entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  checkArbitraryBytes(bytes)
  checkRoundTrip(of: table(from: bytes), chunkSize: 1 + Int(bytes.first ?? 0) % 7)
  return 0
}

/// A record as plain values.
private struct Row: Equatable {
  var line: Int
  var lineCount: Int
  var fields: [[UInt8]]
  var raw: [UInt8]
  var problems: [CSVProblem]
}

private func readRows(_ bytes: [UInt8], options: CSVReaderOptions) -> [Row] {
  var reader = CSVReader(bytes: bytes, options: options)
  var rows: [Row] = []
  do {
    while let record = try reader.next() {
      rows.append(
        Row(
          line: record.line, lineCount: record.lineCount,
          fields: record.indices.map { index in record.withFieldBytes(at: index) { Array($0) } },
          raw: record.rawBytes, problems: record.problems))
    }
  } catch {
    fatalError("reading memory threw \(error)")
  }
  if let header = reader.header { rows.insert(Row(header), at: 0) }
  return rows
}

extension Row {
  fileprivate init(_ record: CSVRecord) {
    self.init(
      line: record.line, lineCount: record.lineCount,
      fields: record.indices.map { index in record.withFieldBytes(at: index) { Array($0) } },
      raw: record.rawBytes, problems: record.problems)
  }
}

private func checkArbitraryBytes(_ bytes: [UInt8]) {
  let tiny = CSVReaderOptions(maximumFieldLength: 4, maximumRecordLength: 16, maximumFieldCount: 3)
  for limits in [CSVReaderOptions(), tiny] {
    var options = limits
    let reference = readRows(bytes, options: options)
    for chunkSize in [1, 2, 3, 7] {
      options.chunkSize = chunkSize
      let rows = readRows(bytes, options: options)
      precondition(rows == reference, "chunk size \(chunkSize) reads differently")
    }
    for (previous, next) in zip(reference, reference.dropFirst()) {
      precondition(previous.line < next.line, "record lines do not increase")
    }
    for row in reference {
      precondition(row.lineCount >= 1, "record spans no line")
      precondition(row.raw.count <= options.maximumRecordLength, "raw text over the limit")
      precondition(row.fields.count <= options.maximumFieldCount, "fields over the limit")
    }
  }
}

/// Rows split at U+001E, fields at U+001F, of the input decoded as UTF-8 (with U+FFFD).
private func table(from bytes: [UInt8]) -> [[String]] {
  String(decoding: bytes, as: UTF8.self)
    .split(separator: "\u{1E}", omittingEmptySubsequences: false)
    .map { row in row.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    }
}

private func checkRoundTrip(of table: [[String]], chunkSize: Int) {
  var writer = CSVWriter()
  for row in table { writer.write(row) }
  let rows = readRows(Array(writer.text.utf8), options: CSVReaderOptions(chunkSize: chunkSize))
  precondition(rows.count == table.count, "wrote \(table.count) rows, read \(rows.count)")
  var line = 1
  for (row, fields) in zip(rows, table) {
    let encoded = Array(CSVWriter.encode(fields).utf8)
    precondition(row.fields == fields.map { Array($0.utf8) }, "fields differ at line \(line)")
    precondition(row.raw == Array(encoded.dropLast()), "raw text differs at line \(line)")
    precondition(row.line == line, "line \(row.line) read, \(line) expected")
    precondition(row.problems == expectedProblems(fields, header: table[0], line: line))
    line += lineBreaks(in: encoded)
  }
}

private func expectedProblems(_ fields: [String], header: [String], line: Int) -> [CSVProblem] {
  var problems: [CSVProblem] = fields.indices.compactMap { index in
    fields[index].utf8.contains(0) ? .nulByte(fieldIndex: index) : nil
  }
  if line > 1, fields.count != header.count {
    problems.append(.fieldCountMismatch(expected: header.count, found: fields.count))
  }
  return problems
}

private func lineBreaks(in bytes: [UInt8]) -> Int {
  var count = 0
  var previous: UInt8 = 0
  for byte in bytes {
    if byte == 0x0D || (byte == 0x0A && previous != 0x0D) { count += 1 }
    previous = byte
  }
  return count
}
