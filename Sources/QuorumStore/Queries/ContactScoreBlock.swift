import QuorumAnalytics

/// The bytes of one row of `contact_score_blocks`: the stored scores of up to ``capacity``
/// contacts of a run, consecutive in the run's contact order (by contact ID), each with its
/// reasons as ``ReasonCodec`` wrote them.
///
/// | bytes | meaning |
/// |---|---|
/// | 1 | the format, 1 |
/// | | the number of the block's labels, then each label as a text |
/// | per contact | contact ID as a text; account ID as a text, or 0 for none |
/// | | match method as a label |
/// | | fit, engagement, framework and score: the zigzag of their hundredths of a point |
/// | | stage, seniority and department as labels; committee role as a label + 1, or 0 for none |
/// | | 1 if the champion, else 0 |
/// | | the reasons' length, then their bytes |
///
/// Numbers and lengths are varints. A text is its UTF-8 length (+ 1 where it may be none),
/// then its bytes; a label is the position of its text among the block's labels: the
/// enumerations' values (match methods, stages, seniorities, departments, roles) that
/// every row repeats are written once a block.
///
/// One row per contact cost SQLite about 2 µs each (half a million contacts took a second
/// to insert, on one core, after the scoring); the same contacts in rows of 256 take a
/// fraction of that, and the labels and varints make them a third smaller than texts and
/// `Double`s would. A lookup by contact ID reads one block.
///
/// ```swift
/// var block = ContactScoreBlock.Writer()
/// block.append(row, reasons: UnsafeRawBufferPointer(start: nil, count: 0))
/// ContactScoreBlock.rows(in: block.bytes)?.first?.row == row  // true
/// ```
enum ContactScoreBlock: Sendable {
  /// The format byte this version writes and reads.
  static let format: UInt8 = 1

  /// Contacts a block holds (the last block of a run may hold fewer).
  static let capacity = 256

  /// Writes one block, row after row.
  struct Writer: Sendable {
    /// The block's labels, in order of first use, and each label's position.
    private var labels: [String] = []
    private var positions: [String: Int] = [:]
    /// Each labelled field's label in the row before, and its position: rows mostly repeat
    /// the match method and the stage, so most labels are found without hashing.
    private var previous = [(label: String, position: Int)](
      repeating: ("", -1), count: LabelledField.allCases.count)
    private var rows: [UInt8] = []

    init() {}

    /// The block's bytes: the format, the labels, the rows.
    var bytes: [UInt8] {
      var bytes = [ContactScoreBlock.format]
      Varint.append(UInt64(labels.count), to: &bytes)
      for label in labels { Self.appendText(label, to: &bytes) }
      bytes.append(contentsOf: rows)
      return bytes
    }

    /// Appends `row` with its reasons (`head` then `tail`: a block's code base and the
    /// row's own bytes).
    mutating func append(
      _ row: StoredContactScore, reasons head: UnsafeRawBufferPointer,
      _ tail: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0)
    ) {
      Self.appendText(row.contactID, to: &rows)
      Self.appendText(row.accountID, to: &rows)
      appendLabel(row.matchMethod, field: .matchMethod)
      for points in [row.fit, row.engagement, row.framework, row.score] {
        Varint.append(Varint.zigzag(Int64(points.hundredths)), to: &rows)
      }
      appendLabel(row.stage, field: .stage)
      appendLabel(row.seniority, field: .seniority)
      appendLabel(row.department, field: .department)
      if let role = row.committeeRole {
        appendLabel(role, field: .committeeRole, offset: 1)
      } else {
        rows.append(0)
      }
      rows.append(row.isChampion ? 1 : 0)
      Varint.append(UInt64(head.count + tail.count), to: &rows)
      rows.append(contentsOf: head)
      rows.append(contentsOf: tail)
    }

    private mutating func appendLabel(_ label: String, field: LabelledField, offset: Int = 0) {
      let field = field.rawValue
      var position = previous[field].position
      if previous[field].label != label || position < 0 {
        position = positions[label] ?? labels.count
        if position == labels.count {
          labels.append(label)
          positions[label] = position
        }
        previous[field] = (label, position)
      }
      Varint.append(UInt64(position + offset), to: &rows)
    }

    // Static: a method of `self` given `&rows` would copy `self`, and every append `rows`.
    private static func appendText(_ text: String, to bytes: inout [UInt8]) {
      Varint.append(UInt64(text.utf8.count), to: &bytes)
      bytes.append(contentsOf: text.utf8)
    }

    private static func appendText(_ text: String?, to bytes: inout [UInt8]) {
      guard let text else { return bytes.append(0) }
      Varint.append(UInt64(text.utf8.count) + 1, to: &bytes)
      bytes.append(contentsOf: text.utf8)
    }
  }

  /// The fields written as labels.
  private enum LabelledField: Int, CaseIterable {
    case matchMethod, stage, seniority, department, committeeRole
  }

  /// What a lookup in a block found.
  enum Lookup: Sendable, Equatable {
    /// The contact's row, with its reasons' bytes.
    case found(StoredContactScore, reasons: [UInt8])
    /// The block, read to its end, has no row of the contact.
    case absent
    /// The bytes are not a block of this format (or a row is cut short before the contact's).
    case undecodable
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

  /// The first row of contact `contactID` in a block, with its reasons' bytes. The rows
  /// before it are skipped, not decoded.
  static func row(of contactID: String, in bytes: [UInt8]) -> Lookup {
    guard var reader = Reader(bytes: bytes) else { return .undecodable }
    var wanted = contactID
    return wanted.withUTF8 { id in
      while !reader.isAtEnd {
        guard let matches = reader.skipRow(unless: id) else { return .undecodable }
        if matches {
          return reader.row().map { .found($0.row, reasons: $0.reasons) } ?? .undecodable
        }
      }
      return .absent
    }
  }

  /// Reads a block's rows one after the other.
  private struct Reader: Sendable {
    private var varints: VarintReader<[UInt8]>
    private var labels: [String] = []

    /// A reader at the first row, past the format byte and the labels; `nil` when the
    /// bytes do not open with them.
    init?(bytes: [UInt8]) {
      guard bytes.first == ContactScoreBlock.format else { return nil }
      varints = VarintReader(bytes: bytes)
      _ = varints.bytes(count: 1)
      guard let count = varints.next(), count <= UInt64(bytes.count) else { return nil }
      for _ in 0..<count {
        guard let label = text() else { return nil }
        labels.append(label)
      }
    }

    var isAtEnd: Bool { varints.isAtEnd }

    /// Decodes the next row; `nil` (the reader then left anywhere) when it is cut short.
    mutating func row() -> (row: StoredContactScore, reasons: [UInt8])? {
      guard let contactID = text(), let accountID = optionalText(),
        let matchMethod = label(), let fit = points(), let engagement = points(),
        let framework = points(), let score = points(), let stage = label(),
        let seniority = label(), let department = label(), let committeeRole = optionalLabel(),
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
      // Skips the account ID, nine varints (the match method, four numbers, three labels and
      // the role), the champion byte and the reasons.
      guard let account = varints.next(),
        varints.bytes(count: max(Int(clamping: account) - 1, 0)) != nil,
        (0..<9).allSatisfy({ _ in varints.next() != nil }), varints.bytes(count: 1) != nil,
        let reasons = varints.next(), varints.bytes(count: Int(clamping: reasons)) != nil
      else { return nil }
      return false
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

    private mutating func label() -> String? {
      guard let position = varints.next(), position < UInt64(labels.count) else { return nil }
      return labels[Int(position)]
    }

    private mutating func optionalLabel() -> String?? {
      guard let position = varints.next(), position <= UInt64(labels.count) else { return nil }
      return .some(position == 0 ? nil : labels[Int(position - 1)])
    }

    private mutating func points() -> ScorePoints? {
      guard let zigzagged = varints.next() else { return nil }
      return ScorePoints(hundredths: Int(Varint.unzigzag(zigzagged)))
    }
  }
}
