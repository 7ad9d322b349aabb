import Foundation
import QuorumAnalytics

/// Reason codes as stored with each score: a compact byte string per contact or account,
/// its texts (feature names and written-out details) interned once per run in
/// `score_texts`.
///
/// Half a million contacts with several reasons each are written per `quorum score`;
/// as JSON objects that was 775 bytes a contact, most of it repeated keys and the same
/// texts (an account's fit rules, "latest answer: met") again and again, and replacing a
/// snapshot had to write and later free all of it. Encoded, a reason is a few LEB128
/// varints — usually 6 to 12 bytes:
///
/// | field | encoding |
/// |---|---|
/// | feature | text code × 2, + 1 when a value follows |
/// | value | zigzag of the value × 10⁴, rounded (absent when not finite) |
/// | points | zigzag of the exact hundredths |
/// | evidence | text code × 2 for a written-out detail; or event count × 2 + 1, then the zigzag hundredths of the weight and of the points per event, then the cap's zigzag hundredths + 1 (0: no cap) |
///
/// Values keep four decimals and points are exact, as `quorum explain` prints them; event
/// evidence is rendered by `ReasonCode.Evidence.text`, exactly as when it was scored.
struct ReasonCodec: Sendable {
  /// The texts interned so far, by code.
  private(set) var texts: [String] = []
  private var codes: [TextBytes: Int] = [:]

  /// The reasons, in order, appended to `bytes`.
  mutating func encode(_ reasons: [ReasonCode], into bytes: inout [UInt8]) {
    for reason in reasons {
      let feature = code(of: reason.feature)
      let scaled = (reason.value * 10_000).rounded()
      let hasValue = scaled.isFinite && abs(scaled) < 9e15
      Self.append(UInt64(feature) << 1 | (hasValue ? 1 : 0), to: &bytes)
      if hasValue { Self.append(Self.zigzag(Int64(scaled)), to: &bytes) }
      Self.append(Self.zigzag(Int64(reason.points.hundredths)), to: &bytes)
      encode(reason.evidence, into: &bytes)
    }
  }

  private mutating func encode(_ evidence: ReasonCode.Evidence, into bytes: inout [UInt8]) {
    switch evidence {
    case .text(let text):
      Self.append(UInt64(code(of: text)) << 1, to: &bytes)
    case .events(let count, let weight, let perEvent, let cap):
      Self.append(UInt64(max(count, 0)) << 1 | 1, to: &bytes)
      Self.append(Self.zigzag(Int64(weight.hundredths)), to: &bytes)
      Self.append(Self.zigzag(Int64(perEvent.hundredths)), to: &bytes)
      Self.append(cap.map { Self.zigzag(Int64($0.hundredths)) + 1 } ?? 0, to: &bytes)
    }
  }

  /// The reasons in `bytes`, their texts looked up by `text`; `nil` when the bytes are
  /// not a reason list or name a text `text` does not know.
  static func decode(
    _ bytes: some Collection<UInt8>, text: (Int) -> String?
  ) -> [ScoreSnapshotStore.StoredReason]? {
    var reader = VarintReader(bytes: Array(bytes))
    var reasons: [ScoreSnapshotStore.StoredReason] = []
    while !reader.isAtEnd {
      guard let head = reader.next(), let feature = text(Int(head >> 1)) else { return nil }
      var value: Double?
      if head & 1 == 1 {
        guard let units = reader.next() else { return nil }
        value = Double(unzigzag(units)) / 10_000
      }
      guard let points = reader.next(), let detail = evidence(&reader, text: text)?.text else {
        return nil
      }
      reasons.append(
        ScoreSnapshotStore.StoredReason(
          feature: feature, value: value, points: Double(unzigzag(points)) / 100,
          detail: detail.isEmpty ? nil : detail))
    }
    return reasons
  }

  private static func evidence(
    _ reader: inout VarintReader, text: (Int) -> String?
  ) -> ReasonCode.Evidence? {
    guard let head = reader.next() else { return nil }
    guard head & 1 == 1 else { return text(Int(head >> 1)).map { .text($0) } }
    guard let weight = reader.next(), let perEvent = reader.next(), let cap = reader.next()
    else { return nil }
    func points(_ zigzagged: UInt64) -> ScorePoints {
      ScorePoints(hundredths: Int(unzigzag(zigzagged)))
    }
    return .events(
      count: Int(head >> 1), weight: points(weight), perEvent: points(perEvent),
      cap: cap == 0 ? nil : points(cap - 1))
  }

  /// The code of `text`, interned on first use.
  mutating func code(of text: String) -> Int {
    let key = TextBytes(text)
    if let code = codes[key] { return code }
    let code = texts.count
    codes[key] = code
    texts.append(text)
    return code
  }

  /// `value` as an unsigned LEB128 varint (7 bits a byte, low bits first).
  static func append(_ value: UInt64, to bytes: inout [UInt8]) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// Zigzag encoding: small magnitudes of either sign become small unsigned numbers
  /// (0 → 0, −1 → 1, 1 → 2, −2 → 3).
  static func zigzag(_ value: Int64) -> UInt64 {
    UInt64(bitPattern: (value << 1) ^ (value >> 63))
  }

  /// The inverse of ``zigzag(_:)``.
  static func unzigzag(_ value: UInt64) -> Int64 {
    Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
  }
}

/// A text compared and hashed by its UTF-8 bytes: the stored texts are the scorer's own,
/// byte for byte, and a `String` key would hash the many non-ASCII details (`×`, `≤`, `“`)
/// through Unicode normalization, several times slower.
private struct TextBytes: Hashable {
  let text: String

  init(_ text: String) {
    var text = text
    text.makeContiguousUTF8()
    self.text = text
  }

  static func == (lhs: TextBytes, rhs: TextBytes) -> Bool {
    lhs.withBytes { left in
      rhs.withBytes { right in
        guard left.count == right.count else { return false }
        guard let first = left.baseAddress, let second = right.baseAddress else { return true }
        return memcmp(first, second, left.count) == 0
      }
    }
  }

  func hash(into hasher: inout Hasher) {
    withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  private func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    guard let result = text.utf8.withContiguousStorageIfAvailable(body) else {
      preconditionFailure("a contiguous string has contiguous UTF-8")
    }
    return result
  }
}

/// Reads LEB128 varints from a byte string.
struct VarintReader {
  let bytes: [UInt8]
  var position = 0

  var isAtEnd: Bool { position >= bytes.count }

  /// The next varint, or `nil` when the bytes end inside one or it overflows 64 bits.
  mutating func next() -> UInt64? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while position < bytes.count, shift < 64 {
      let byte = bytes[position]
      position += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
    return nil
  }
}
