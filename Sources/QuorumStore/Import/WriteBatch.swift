/// One value of a row on its way to SQLite: what the writer binds to a parameter.
///
/// Text is a range of the batch's byte buffer, so a parsed field is copied once, from the
/// CSV record into the batch, and bound from there without another copy.
enum BatchValue: Hashable, Sendable {
  /// SQL NULL (an absent optional field).
  case null
  /// An integer, a timestamp in epoch milliseconds, or a boolean as 0/1.
  case integer(Int64)
  /// A decimal.
  case real(Double)
  /// UTF-8 text at `start..<start + count` of `WriteBatch.bytes`.
  case text(start: Int, count: Int)
}

/// Rows of one contract file, validated and with their references resolved, ready for the
/// writer thread: the unit handed from the parsing thread to the SQLite thread.
///
/// Each row is `TableLayout.width` values in `values` (surrogate id, key columns, data
/// columns), its line, whether its natural key is already stored, and its original text
/// (kept for a conflict reject).
struct WriteBatch: Sendable {
  /// One row of the batch.
  struct Row: Hashable, Sendable {
    /// The physical line where the record starts.
    var line: Int
    /// Whether the natural key is already stored (earlier import or earlier line), so the
    /// row is compared and maybe updated rather than inserted.
    var isKnownKey: Bool
    /// The record's original bytes in `bytes`.
    var raw: Range<Int>
  }

  /// The file the rows come from.
  var file: ContractFile
  /// The file's name as found in the export folder, for rejects.
  var displayName: String
  /// Values per row.
  var width: Int
  /// Text of every row.
  var bytes: [UInt8] = []
  /// `width` values per row, row after row.
  var values: [BatchValue] = []
  /// The rows.
  var rows: [Row] = []
  /// Activity types first seen in this batch, with the ids given to them, to store before
  /// the rows.
  var newActivityTypes: [(id: Int64, name: String)] = []
  /// The order to write the rows in (indexes into `rows`); empty for the order they were
  /// added in. See `sortByKey(_:)`.
  var order: [Int] = []

  /// An empty batch for `file`.
  init(file: ContractFile, displayName: String, width: Int) {
    self.file = file
    self.displayName = displayName
    self.width = width
  }

  /// The values of row `index`.
  func values(ofRow index: Int) -> ArraySlice<BatchValue> {
    values[(index * width)..<((index + 1) * width)]
  }

  /// The text of a `.text` value as a `String` (for messages and the rare comparison paths).
  func string(_ value: BatchValue) -> String? {
    guard case .text(let start, let count) = value else { return nil }
    return String(decoding: bytes[start..<(start + count)], as: UTF8.self)
  }

  /// Empties the batch for reuse by `file`, keeping its buffers' capacity.
  mutating func reset(file: ContractFile, displayName: String, width: Int) {
    self.file = file
    self.displayName = displayName
    self.width = width
    bytes.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
    rows.removeAll(keepingCapacity: true)
    newActivityTypes.removeAll()
    order.removeAll(keepingCapacity: true)
  }

  /// Orders the rows by their key columns, rows with equal keys in the order they were
  /// added (their line order).
  ///
  /// SQLite then inserts into the table's B-tree at increasing positions, mostly appending
  /// to the page it just wrote, instead of at scattered ones — a third less work per
  /// activity. The outcome is the same as in line order: rows with different keys never
  /// affect each other, and rows with the same key keep their order.
  ///
  /// - Complexity: O(n log n) comparisons of the key values.
  mutating func sortByKey(_ layout: TableLayout) {
    let keys = layout.keyOffset..<(layout.keyOffset + layout.key.count)
    if let order = integerKeyOrder(keys) {
      self.order = order
      return
    }
    let width = self.width
    var order = Array(rows.indices)
    values.withUnsafeBufferPointer { values in
      bytes.withUnsafeBufferPointer { bytes in
        order.sort { left, right in
          for column in keys {
            let a = values[left * width + column]
            let b = values[right * width + column]
            if let ascending = Self.ascending(a, b, bytes) { return ascending }
          }
          return left < right
        }
      }
    }
    self.order = order
  }

  /// The key order when the key is at most three columns, all integers in every row (the
  /// activities' contact, time and type), from one sort of plain integer tuples; else `nil`.
  private func integerKeyOrder(_ keys: Range<Int>) -> [Int]? {
    guard keys.count <= 3 else { return nil }
    var tuples: [(Int64, Int64, Int64, Int)] = []
    tuples.reserveCapacity(rows.count)
    for row in rows.indices {
      var key: (Int64, Int64, Int64) = (0, 0, 0)
      for (position, column) in keys.enumerated() {
        guard case .integer(let value) = values[row * width + column] else { return nil }
        switch position {
        case 0: key.0 = value
        case 1: key.1 = value
        default: key.2 = value
        }
      }
      tuples.append((key.0, key.1, key.2, row))
    }
    tuples.sort { $0 < $1 }
    return tuples.map(\.3)
  }

  /// Whether `a` sorts before `b` (NULL, then integers, reals, text by bytes), or `nil`
  /// when they are equal.
  private static func ascending(
    _ a: BatchValue, _ b: BatchValue, _ bytes: UnsafeBufferPointer<UInt8>
  )
    -> Bool?
  {
    switch (a, b) {
    case (.integer(let x), .integer(let y)): return x == y ? nil : x < y
    case (.real(let x), .real(let y)): return x == y ? nil : x < y
    case (.text(let i, let m), .text(let j, let n)):
      let left = UnsafeBufferPointer(rebasing: bytes[i..<(i + m)])
      let right = UnsafeBufferPointer(rebasing: bytes[j..<(j + n)])
      if left.elementsEqual(right) { return nil }
      return left.lexicographicallyPrecedes(right)
    case (.null, .null): return nil
    default: return rank(a) < rank(b)
    }
  }

  private static func rank(_ value: BatchValue) -> Int {
    switch value {
    case .null: 0
    case .integer: 1
    case .real: 2
    case .text: 3
    }
  }

  /// Appends `text`'s UTF-8 bytes and returns them as a value.
  mutating func appendText(_ text: String) -> BatchValue {
    let start = bytes.count
    bytes.append(contentsOf: text.utf8)
    return .text(start: start, count: bytes.count - start)
  }

  /// Appends `buffer` and returns it as a value.
  mutating func appendText(_ buffer: UnsafeBufferPointer<UInt8>) -> BatchValue {
    let start = bytes.count
    bytes.append(contentsOf: buffer)
    return .text(start: start, count: buffer.count)
  }
}
