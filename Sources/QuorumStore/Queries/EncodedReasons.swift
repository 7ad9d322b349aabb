import QuorumAnalytics

/// The reasons of many rows (half a million contacts of one snapshot) encoded by
/// ``ReasonCodec`` on all cores.
///
/// Each chunk of rows is encoded with a codec of its own; the chunks' texts are then
/// interned into the caller's codec in row order, and each chunk's text codes rewritten to
/// the shared ones. Texts get their codes in order of first use over all rows, so the codes
/// and bytes are exactly those of encoding the rows one after the other — only the text
/// lookups, most of the work, ran in parallel.
struct EncodedReasons: Sendable {
  /// Every row's bytes, one row after the other.
  private(set) var bytes: [UInt8] = []
  /// Where each row's bytes end in ``bytes``.
  private(set) var ends: [Int] = []

  /// The rows `0..<count`, row `i` the reasons `reasons(i)`, encoded with `codec`'s texts
  /// (new texts are interned into it).
  ///
  /// - Complexity: O(reasons) work, spread over the cores; O(distinct texts per chunk)
  ///   serial.
  init(
    rows count: Int, codec: inout ReasonCodec, _ reasons: @Sendable (Int) -> [ReasonCode]
  ) {
    let chunks = ChunkedWork(count: count).map { range in
      var local = ReasonCodec()
      var chunk = EncodedReasons()
      chunk.ends.reserveCapacity(range.count)
      for row in range {
        local.encode(reasons(row), into: &chunk.bytes)
        chunk.ends.append(chunk.bytes.count)
      }
      return (chunk: chunk, texts: local.texts)
    }
    let codes = chunks.map { chunk in chunk.texts.map { codec.code(of: $0) } }
    let shared = ChunkedWork(count: chunks.count, chunks: chunks.count).flatMap { range in
      range.map { chunks[$0].chunk.rewritten(codes: codes[$0]) }
    }
    bytes.reserveCapacity(shared.reduce(0) { $0 + $1.bytes.count })
    ends.reserveCapacity(count)
    for chunk in shared {
      let base = bytes.count
      bytes.append(contentsOf: chunk.bytes)
      ends.append(contentsOf: chunk.ends.lazy.map { $0 + base })
    }
  }

  private init() {}

  /// The bytes of row `row`.
  func range(ofRow row: Int) -> Range<Int> {
    (row == 0 ? 0 : ends[row - 1])..<ends[row]
  }

  /// These rows with every text code `c` replaced by `codes[c]`.
  private func rewritten(codes: [Int]) -> EncodedReasons {
    var result = EncodedReasons()
    result.bytes.reserveCapacity(bytes.count)
    result.ends.reserveCapacity(ends.count)
    var reader = VarintReader(bytes: bytes)
    for end in ends {
      while reader.position < end {
        ReasonCodec.rewriteReason(&reader, codes: codes, into: &result.bytes)
      }
      result.ends.append(result.bytes.count)
    }
    return result
  }
}
