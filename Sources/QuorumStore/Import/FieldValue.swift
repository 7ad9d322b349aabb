import QuorumAnalytics

/// A validated value of a contract field, as the `String` path of `RowParser` produces it.
enum FieldValue: Hashable, Sendable {
  case text(String)
  case integer(Int64)
  case decimal(Double)
  case timestamp(Timestamp)
  case boolean(Bool)

  /// The value as the writer binds it; text is appended to `batch`.
  func batchValue(in batch: inout WriteBatch) -> BatchValue {
    switch self {
    case .text(let text): batch.appendText(text)
    case .integer(let integer): .integer(integer)
    case .decimal(let decimal): .real(decimal)
    case .timestamp(let time): .integer(time.millisecondsSince1970)
    case .boolean(let flag): .integer(flag ? 1 : 0)
    }
  }
}
