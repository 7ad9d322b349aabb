import Foundation
import QuorumAnalytics

/// Reason codes as stored with each score: a compact byte string per contact or account,
/// its texts (feature names and written-out details) written inline the first time the run
/// meets them and interned from the second (the run's text blocks, ``ScoreTextBlock``).
///
/// Half a million contacts with several reasons each are written per `quorum score`;
/// as JSON objects that was 775 bytes a contact, most of it repeated keys and the same
/// texts (an account's fit rules, "latest answer: met") again and again, and replacing a
/// snapshot had to write and later free all of it. Encoded, a reason is a few LEB128
/// varints — usually 6 to 12 bytes:
///
/// | field | encoding |
/// |---|---|
/// | feature | its text field × 2, + 1 when a value follows |
/// | value | zigzag of the value × 10⁴, rounded (absent when not finite) |
/// | points | zigzag of the exact hundredths |
/// | evidence | a written-out detail's text field × 2; or event count × 4 + 1, then the zigzag hundredths of the weight and of the points per event, then the cap's zigzag hundredths + 1 (0: no cap); or a rollup rank × 4 + 3, then the zigzag hundredths of the engagement and the zigzag of the factor × 10⁴ |
///
/// A **text field** (format 2) is the text's code × 2 when it is interned, or
/// its UTF-8 byte count × 2 + 1 followed by those bytes when it is inline. A run meets
/// most of its texts once only (a rollup's `contact.<id>` features, an account's revenue,
/// an answer's date): at 50,000 accounts, 300,000 of 359,000 texts. Those stay inline,
/// sparing an interned text each; a text met again is interned at its second use.
/// Format 1 (runs stored before, `score_runs.reason_format` 1) has every text interned and
/// the text field is the bare code.
///
/// **Format 3** is format 2 with a **code base** opening each row (a varint):
/// the row's interned codes count from it. A snapshot's rows are encoded in blocks, on
/// every core at once (``ReasonBlock``), each block by a codec of its own whose codes
/// count from 0; the snapshot stores the texts of each block after those of the blocks
/// before it, and each row's base says where its block's codes start. The codec itself
/// writes a row's reasons without the base.
///
/// **Format 4** (``format``) is format 3 with a third kind of evidence, a contact's rank in
/// its account's rollup (`ReasonCode.Evidence.rank`): up to 222,109 rollup reasons at
/// 50,000 accounts, each a text written out and met once before. Formats 2 and 3 write
/// event evidence as count × 2 + 1 and know no rank.
///
/// Values keep four decimals and points are exact, as `quorum explain` prints them; event
/// and rank evidence is rendered by `ReasonCode.Evidence.text`, exactly as when it was
/// scored (a rank whose factor four decimals cannot hold is written out as text).
struct ReasonCodec: Sendable {
  /// The format a run's rows are stored in (`score_runs.reason_format`): 4, a row this
  /// codec encodes opened by its block's code base (``SnapshotReasons``). The codec itself
  /// writes rows without the base.
  static let format = 4
  /// The texts interned so far, by code.
  private(set) var texts: [String] = []
  /// The code of each text met before; ``onceOnly`` for a text met once, written inline.
  private var codes: TextTable
  /// The codes of the interned texts met lately, by storage: most of a contact's texts are
  /// found here without hashing them.
  private var recent = TextIdentityCache()
  private static let onceOnly = -1

  /// A codec with room for about `expectedTexts` distinct texts before its table grows.
  init(expectedTexts: Int = 4_096) {
    codes = TextTable(capacity: expectedTexts, keepsTexts: false)
  }

  /// The reasons, in order, appended to `bytes`.
  mutating func encode(_ reasons: [ReasonCode], into bytes: inout [UInt8]) {
    // By index, each reason read in place: a reason copied out retains its texts.
    for index in reasons.indices {
      let scaled = (reasons[index].value * 10_000).rounded()
      let hasValue = scaled.isFinite && abs(scaled) < 9e15
      append(reasons[index].feature, flag: hasValue ? 1 : 0, to: &bytes)
      if hasValue { Varint.append(Varint.zigzag(Int64(scaled)), to: &bytes) }
      Varint.append(Varint.zigzag(Int64(reasons[index].points.hundredths)), to: &bytes)
      encode(reasons[index].evidence, into: &bytes)
    }
  }

  private mutating func encode(_ evidence: ReasonCode.Evidence, into bytes: inout [UInt8]) {
    switch evidence {
    case .text(let text):
      append(text, flag: 0, to: &bytes)
    case .events(let count, let weight, let perEvent, let cap):
      Varint.append(UInt64(max(count, 0)) << 2 | 1, to: &bytes)
      Varint.append(Varint.zigzag(Int64(weight.hundredths)), to: &bytes)
      Varint.append(Varint.zigzag(Int64(perEvent.hundredths)), to: &bytes)
      Varint.append(cap.map { Varint.zigzag(Int64($0.hundredths)) + 1 } ?? 0, to: &bytes)
    case .rank(let rank, let engagement, let factor):
      // The factor as `formatted4` writes it: ten-thousandths, when it has them.
      let units = (factor * 10_000).rounded()
      guard rank >= 0, units.isFinite, abs(units) < 1e15 else {
        append(evidence.text, flag: 0, to: &bytes)
        return
      }
      Varint.append(UInt64(rank) << 2 | 3, to: &bytes)
      Varint.append(Varint.zigzag(Int64(engagement.hundredths)), to: &bytes)
      Varint.append(Varint.zigzag(Int64(units)), to: &bytes)
    }
  }

  /// Appends `text`'s field (see the type's documentation) shifted left once, with `flag`
  /// in the low bit, then its bytes when it is inline.
  private mutating func append(_ text: String, flag: UInt64, to bytes: inout [UInt8]) {
    if let code = recent.code(of: text) {
      Varint.append(UInt64(code) << 2 | flag, to: &bytes)
      return
    }
    let (place, value) = codes.find(text)
    switch value {
    case nil:
      codes.insert(text, value: Self.onceOnly, at: place)
      let utf8 = text.utf8
      Varint.append((UInt64(utf8.count) << 1 | 1) << 1 | flag, to: &bytes)
      bytes.append(contentsOf: utf8)
    case Self.onceOnly:
      let code = texts.count
      codes.setValue(code, at: place)
      texts.append(text)
      recent.remember(text, code: code)
      Varint.append(UInt64(code) << 2 | flag, to: &bytes)
    case let code?:
      recent.remember(text, code: code)
      Varint.append(UInt64(code) << 2 | flag, to: &bytes)
    }
  }

  /// The reasons in `bytes`, written in `format` (1 up to ``format``), their interned texts
  /// looked up by `text`; `nil` when the bytes are not a reason list, name a text `text`
  /// does not know, or the format is not one this version reads.
  static func decode(
    _ bytes: some Collection<UInt8>, format: Int, text: (Int) -> String?
  ) -> [ScoreSnapshotStore.StoredReason]? {
    guard (1...Self.format).contains(format) else { return nil }
    var reader = VarintReader(bytes: Array(bytes))
    var base = 0
    if format >= 3 {
      guard let opening = reader.next(), opening <= UInt64(Int32.max) else { return nil }
      base = Int(opening)
    }
    var reasons: [ScoreSnapshotStore.StoredReason] = []
    func textField(_ reader: inout VarintReader<[UInt8]>, _ field: UInt64) -> String? {
      Self.text(field, format: format, reader: &reader) { code in
        code <= Int(Int32.max) ? text(base + code) : nil
      }
    }
    while !reader.isAtEnd {
      guard let head = reader.next(), let feature = textField(&reader, head >> 1) else {
        return nil
      }
      var value: Double?
      if head & 1 == 1 {
        guard let units = reader.next() else { return nil }
        value = Double(Varint.unzigzag(units)) / 10_000
      }
      guard let points = reader.next(),
        let detail = evidence(&reader, format: format, text: textField)?.text
      else {
        return nil
      }
      reasons.append(
        ScoreSnapshotStore.StoredReason(
          feature: feature, value: value, points: Double(Varint.unzigzag(points)) / 100,
          detail: detail.isEmpty ? nil : detail))
    }
    return reasons
  }

  /// The text of a text field: from format 2 an interned code or inline bytes, in format 1
  /// always a code.
  private static func text(
    _ field: UInt64, format: Int, reader: inout VarintReader<[UInt8]>, interned: (Int) -> String?
  ) -> String? {
    guard format >= 2 else { return Int(exactly: field).flatMap(interned) }
    guard field & 1 == 1 else { return Int(exactly: field >> 1).flatMap(interned) }
    guard let utf8 = reader.bytes(count: Int(field >> 1)) else { return nil }
    return String(bytes: utf8, encoding: .utf8)
  }

  private static func evidence(
    _ reader: inout VarintReader<[UInt8]>, format: Int,
    text: (inout VarintReader<[UInt8]>, UInt64) -> String?
  ) -> ReasonCode.Evidence? {
    guard let head = reader.next() else { return nil }
    guard head & 1 == 1 else { return text(&reader, head >> 1).map { .text($0) } }
    func points(_ zigzagged: UInt64) -> ScorePoints {
      ScorePoints(hundredths: Int(Varint.unzigzag(zigzagged)))
    }
    // From format 4 the second bit tells events (0) from a rank (1).
    let isRank = format >= 4 && head & 2 == 2
    let count = Int(clamping: format >= 4 ? head >> 2 : head >> 1)
    if isRank {
      guard let engagement = reader.next(), let units = reader.next() else { return nil }
      return .rank(
        position: count, engagement: points(engagement),
        factor: Double(Varint.unzigzag(units)) / 10_000)
    }
    guard let weight = reader.next(), let perEvent = reader.next(), let cap = reader.next()
    else { return nil }
    return .events(
      count: count, weight: points(weight), perEvent: points(perEvent),
      cap: cap == 0 ? nil : points(cap - 1))
  }
}
