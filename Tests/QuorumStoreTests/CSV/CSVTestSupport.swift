import QuorumStore
import Testing

/// A record as plain values, for comparing.
struct ReadRow: Hashable, CustomStringConvertible {
  var line: Int
  var lineCount: Int
  var fields: [String]
  var raw: String
  var problems: [CSVProblem]

  init(_ record: CSVRecord) {
    line = record.line
    lineCount = record.lineCount
    fields = Array(record)
    raw = record.rawText
    problems = record.problems
  }

  init(
    line: Int, lineCount: Int = 1, fields: [String], raw: String, problems: [CSVProblem] = []
  ) {
    self.line = line
    self.lineCount = lineCount
    self.fields = fields
    self.raw = raw
    self.problems = problems
  }

  var description: String {
    "line \(line)+\(lineCount) \(fields) raw=\(raw.debugDescription) \(problems)"
  }
}

/// Every chunk size the helpers read with: tiny ones put a chunk boundary at every
/// position (inside CRLF, between doubled quotes, inside multi-byte UTF-8), the default
/// reads in one chunk.
let chunkSizes = [1, 2, 3, 5, 1 << 20]

/// Reads `bytes` completely with each chunk size in `chunkSizes`, expects every reading to
/// give the same rows, and returns the header and data rows.
func readAll(
  _ bytes: [UInt8], options: CSVReaderOptions = CSVReaderOptions(),
  sourceLocation: SourceLocation = #_sourceLocation
) throws -> (header: ReadRow?, rows: [ReadRow]) {
  var results: [(ReadRow?, [ReadRow])] = []
  for chunkSize in chunkSizes {
    var chunked = options
    chunked.chunkSize = chunkSize
    var reader = CSVReader(bytes: bytes, options: chunked)
    let header = try reader.readHeader().map(ReadRow.init)
    var rows: [ReadRow] = []
    while let record = try reader.next() { rows.append(ReadRow(record)) }
    results.append((header, rows))
  }
  for (index, result) in results.enumerated().dropFirst() {
    #expect(
      result.0 == results[0].0, "header differs at chunk size \(chunkSizes[index])",
      sourceLocation: sourceLocation)
    #expect(
      result.1 == results[0].1, "rows differ at chunk size \(chunkSizes[index])",
      sourceLocation: sourceLocation)
  }
  return results[results.count - 1]
}

/// `readAll` of a string's UTF-8 bytes.
func readAll(
  _ text: String, options: CSVReaderOptions = CSVReaderOptions(),
  sourceLocation: SourceLocation = #_sourceLocation
) throws -> (header: ReadRow?, rows: [ReadRow]) {
  try readAll(Array(text.utf8), options: options, sourceLocation: sourceLocation)
}
