import QuorumAnalytics
import Testing

@testable import QuorumStore

@Suite struct EncodedReasonsTests {
  /// Row `row`'s reasons: texts shared by every row, by some rows, and one of its own; a
  /// value-less reason, event evidence with and without a cap, and more than 128 texts so
  /// that codes take two varint bytes.
  static func reasons(_ row: Int) -> [ReasonCode] {
    var reasons = [
      ReasonCode(feature: "fit.industry", value: 1, rounding: 10, detail: "industry 'SaaS'"),
      ReasonCode(
        feature: "contact.C\(row)", value: Double(row) / 7, rounding: Double(row % 9),
        detail: "rank \(row % 3 + 1)"),
      ReasonCode(
        feature: "engagement.page_view", value: 0.5, points: ScorePoints(hundredths: 150),
        evidence: .events(
          count: row, weight: ScorePoints(hundredths: 50), perEvent: ScorePoints(hundredths: 300),
          cap: row.isMultiple(of: 2) ? ScorePoints(hundredths: 1_000) : nil)),
    ]
    if row.isMultiple(of: 5) {
      reasons.append(
        ReasonCode(feature: "framework.budget", value: .nan, rounding: -3, detail: "unmet"))
    }
    return reasons
  }

  /// Encoded in parallel chunks and merged, the rows get exactly the codes, texts and bytes
  /// of one codec encoding them one after the other — also for a second batch encoded with
  /// the same codec (a snapshot's accounts after its contacts), which reuses its texts.
  @Test(arguments: [0, 1, 15, 17, 400])
  func parallelEncodingEqualsEncodingRowByRow(rows: Int) {
    let batches = [0..<rows, rows..<(rows + 20)]
    var serial = ReasonCodec()
    let expected = batches.map { batch in
      batch.map { row in
        var bytes: [UInt8] = []
        serial.encode(Self.reasons(row), into: &bytes)
        return bytes
      }
    }
    var codec = ReasonCodec()
    let encoded = batches.map { batch in
      EncodedReasons(rows: batch.count, codec: &codec) { Self.reasons(batch.lowerBound + $0) }
    }
    #expect(codec.texts == serial.texts)
    for (batch, expected) in zip(encoded, expected) {
      #expect(expected.indices.map { Array(batch.bytes[batch.range(ofRow: $0)]) } == expected)
    }
    if rows == 400 { #expect(codec.texts.count > 128) }
  }
}
