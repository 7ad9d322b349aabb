import QuorumAnalytics

/// A scoring run's recorded reason blocks (``ReasonBlock``) as a snapshot stores them: each
/// block's texts after those of the blocks before it, so its codes count from a base, and
/// each row's bytes found by the position of its contact or account in the run's result.
struct SnapshotReasons: Sendable {
  /// Every block's interned texts, one block after the other: the run's texts by code
  /// (stored in ``ScoreTextBlock``s).
  let texts: [String]
  /// The number of accounts and of contacts recorded.
  var accountCount: Int { accountStarts.last ?? 0 }
  var contactCount: Int { contactRows.count }

  private let blocks: [ReasonBlock]
  /// Each block's code base, as the varint that opens its rows (from format 3).
  private let bases: [[UInt8]]
  /// Where each block's accounts and contacts start among all recorded rows, and the total.
  private let accountStarts: [Int]
  private let contactStarts: [Int]
  /// Each result contact's row among the recorded contact rows.
  private let contactRows: [Int32]

  /// The blocks of `recorded`, their texts numbered one block after the other.
  ///
  /// - Complexity: O(blocks + texts + contacts).
  init(_ recorded: RecordedReasons<ReasonBlock>) {
    blocks = recorded.recorders
    contactRows = recorded.contactRows
    var texts: [String] = []
    texts.reserveCapacity(blocks.reduce(0) { $0 + $1.texts.count })
    var bases: [[UInt8]] = []
    var accountStarts = [0]
    var contactStarts = [0]
    for block in blocks {
      var base: [UInt8] = []
      Varint.append(UInt64(texts.count), to: &base)
      bases.append(base)
      texts.append(contentsOf: block.texts)
      accountStarts.append(accountStarts[accountStarts.count - 1] + block.accounts.count)
      contactStarts.append(contactStarts[contactStarts.count - 1] + block.contacts.count)
    }
    precondition(
      contactRows.allSatisfy { $0 >= 0 && Int($0) < contactStarts[contactStarts.count - 1] },
      "a contact row outside the recorded rows")
    self.texts = texts
    self.bases = bases
    self.accountStarts = accountStarts
    self.contactStarts = contactStarts
  }

  /// Binds the reasons of the account at `position` of the result at `index` of `row`.
  func bindAccount(_ position: Int, at index: Int32, to row: ParameterBinder)
    throws(SQLiteError)
  {
    let block = Self.block(of: position, starts: accountStarts)
    // (`withBytes` takes a body that does not throw: the binder's error is carried out.)
    let bound = withBytes(of: blocks[block].accounts, row: position - accountStarts[block], block) {
      base, bytes in
      Result { () throws(SQLiteError) in try row.bindBlob(base, then: bytes, at: index) }
    }
    try bound.get()
  }

  /// Calls `body` with the reasons of the contact at `position` of the result, as stored:
  /// its block's base, then the row's bytes.
  func withContactBytes<Value>(
    _ position: Int, _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) -> Value
  ) -> Value {
    let recorded = Int(contactRows[position])
    let block = Self.block(of: recorded, starts: contactStarts)
    return withBytes(of: blocks[block].contacts, row: recorded - contactStarts[block], block, body)
  }

  /// Calls `body` with row `row` of `rows`, of block `block`: the block's base, then the
  /// row's bytes (read in place).
  private func withBytes<Value>(
    of rows: EncodedReasons, row: Int, _ block: Int,
    _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) -> Value
  ) -> Value {
    let range = rows.range(ofRow: row)
    return bases[block].withUnsafeBytes { base in
      rows.bytes.withUnsafeBytes { bytes in
        body(base, UnsafeRawBufferPointer(rebasing: bytes[range]))
      }
    }
  }

  /// The block whose rows, starting at `starts`, hold row `row` of all of them: the last
  /// start at or before `row` (a binary search).
  private static func block(of row: Int, starts: [Int]) -> Int {
    precondition(row >= 0 && row < starts[starts.count - 1], "a row outside the recorded rows")
    return starts.partitioningIndex { $0 > row } - 1
  }
}
