/// The bytes of one row of `contact_score_blocks`: the stored scores of up to ``capacity``
/// contacts of a run, consecutive in the run's contact order (by contact ID), each with its
/// reasons as ``ReasonCodec`` wrote them.
///
/// | bytes | meaning |
/// |---|---|
/// | 1 | the format, 1 |
/// | per contact | contact ID; account ID or none; match method |
/// | | fit, engagement, framework and score: 8 bytes each, the `Double`'s bits, little-endian |
/// | | stage; seniority; department; committee role or none |
/// | | 1 if the champion, else 0 |
/// | | the reasons' length as a varint, then their bytes |
///
/// A text is its UTF-8 length as a varint, then its bytes; a text that may be none is its
/// length + 1, 0 for none.
///
/// One row per contact cost SQLite about 2 µs each (half a million contacts took a second
/// to insert, on one core, after the scoring); the same bytes in rows of 256 contacts take
/// a tenth of that. A lookup by contact ID reads one block.
///
/// ```swift
/// var bytes: [UInt8] = [ContactScoreBlock.format]
/// ContactScoreBlock.append(row, reasons: [], to: &bytes)
/// ContactScoreBlock.rows(in: bytes)?.first?.row == row  // true
/// ```
enum ContactScoreBlock: Sendable {
  /// The format byte this version writes and reads.
  static let format: UInt8 = 1

  /// Contacts a block holds (the last block of a run may hold fewer).
  static let capacity = 256

  /// Appends `row` with its reasons (`head` then `tail`: a block's code base and the row's
  /// own bytes) to a block.
  static func append(
    _ row: StoredContactScore, reasons head: UnsafeRawBufferPointer,
    _ tail: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0),
    to bytes: inout [UInt8]
  ) {
    appendText(row.contactID, to: &bytes)
    appendText(row.accountID, to: &bytes)
    appendText(row.matchMethod, to: &bytes)
    for value in [row.fit, row.engagement, row.framework, row.score] {
      withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }
    appendText(row.stage, to: &bytes)
    appendText(row.seniority, to: &bytes)
    appendText(row.department, to: &bytes)
    appendText(row.committeeRole, to: &bytes)
    bytes.append(row.isChampion ? 1 : 0)
    Varint.append(UInt64(head.count + tail.count), to: &bytes)
    bytes.append(contentsOf: head)
    bytes.append(contentsOf: tail)
  }

  /// Every row of a block with its reasons' bytes, in order; `nil` when the bytes are not a
  /// block of this format.
  static func rows(in bytes: [UInt8]) -> [(row: StoredContactScore, reasons: [UInt8])]? {
    guard var reader = Reader(bytes: bytes) else { return nil }
    var rows: [(row: StoredContactScore, reasons: [UInt8])] = []
    while !reader.isAtEnd {
      guard let row = reader.row() else { return nil }
      rows.append(row)
    }
    return rows
  }

  /// The first row of contact `contactID` in a block, with its reasons' bytes; `nil` when
  /// the block has none (or is not a block of this format). The rows before it are skipped,
  /// not decoded.
  static func row(of contactID: String, in bytes: [UInt8]) -> (
    row: StoredContactScore, reasons: [UInt8]
  )? {
    guard var reader = Reader(bytes: bytes) else { return nil }
    var wanted = contactID
    return wanted.withUTF8 { id in
      while !reader.isAtEnd {
        guard let matches = reader.skipRow(unless: id) else { return nil }
        if matches { return reader.row() }
      }
      return nil
    }
  }

  private static func appendText(_ text: String, to bytes: inout [UInt8]) {
    Varint.append(UInt64(text.utf8.count), to: &bytes)
    bytes.append(contentsOf: text.utf8)
  }

  private static func appendText(_ text: String?, to bytes: inout [UInt8]) {
    guard let text else { return bytes.append(0) }
    Varint.append(UInt64(text.utf8.count) + 1, to: &bytes)
    bytes.append(contentsOf: text.utf8)
  }

  /// Reads a block's rows one after the other.
  private struct Reader {
    private var varints: VarintReader<[UInt8]>

    /// A reader past the format byte; `nil` when the bytes do not open with it.
    init?(bytes: [UInt8]) {
      guard bytes.first == ContactScoreBlock.format else { return nil }
      varints = VarintReader(bytes: bytes)
      _ = varints.bytes(count: 1)
    }

    var isAtEnd: Bool { varints.isAtEnd }

    /// Decodes the next row; `nil` (the reader then left anywhere) when it is cut short.
    mutating func row() -> (row: StoredContactScore, reasons: [UInt8])? {
      guard let contactID = text(), let accountID = optionalText(),
        let matchMethod = text(), let fit = double(), let engagement = double(),
        let framework = double(), let score = double(), let stage = text(),
        let seniority = text(), let department = text(), let committeeRole = optionalText(),
        let champion = varints.bytes(count: 1)?.first, champion <= 1,
        let length = varints.next(), let reasons = varints.bytes(count: Int(clamping: length))
      else { return nil }
      let row = StoredContactScore(
        contactID: contactID, accountID: accountID, matchMethod: matchMethod, fit: fit,
        engagement: engagement, framework: framework, score: score, stage: stage,
        seniority: seniority, department: department, committeeRole: committeeRole,
        isChampion: champion == 1)
      return (row, Array(reasons))
    }

    /// Whether the next row is contact `id`'s: if so the reader stays at its start, else it
    /// moves past it; `nil` when the row is cut short.
    mutating func skipRow(unless id: UnsafeBufferPointer<UInt8>) -> Bool? {
      let start = varints
      guard let length = varints.next(), let contactID = varints.bytes(count: Int(clamping: length))
      else { return nil }
      if contactID.elementsEqual(id) {
        varints = start
        return true
      }
      // Skips: the account ID, the match method, 32 bytes of numbers, four texts, the
      // champion byte and the reasons.
      guard skipText(optional: true), skipText(optional: false), varints.bytes(count: 32) != nil,
        skipText(optional: false), skipText(optional: false), skipText(optional: false),
        skipText(optional: true), varints.bytes(count: 1) != nil,
        let reasons = varints.next(), varints.bytes(count: Int(clamping: reasons)) != nil
      else { return nil }
      return false
    }

    private mutating func skipText(optional: Bool) -> Bool {
      guard let length = varints.next() else { return false }
      let count = optional ? max(Int(clamping: length) - 1, 0) : Int(clamping: length)
      return varints.bytes(count: count) != nil
    }

    private mutating func text() -> String? {
      guard let length = varints.next(), let utf8 = varints.bytes(count: Int(clamping: length))
      else { return nil }
      return String(validating: utf8, as: UTF8.self)
    }

    private mutating func optionalText() -> String?? {
      guard let length = varints.next() else { return nil }
      guard length > 0 else { return .some(nil) }
      guard let utf8 = varints.bytes(count: Int(clamping: length - 1)),
        let text = String(validating: utf8, as: UTF8.self)
      else { return nil }
      return .some(text)
    }

    private mutating func double() -> Double? {
      guard let eight = varints.bytes(count: 8) else { return nil }
      let bits = eight.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
      return Double(bitPattern: bits)
    }
  }
}
