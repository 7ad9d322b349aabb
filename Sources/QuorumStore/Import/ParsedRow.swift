import QuorumAnalytics

/// A validated value of a contract field.
enum FieldValue: Hashable, Sendable {
  case text(String)
  case integer(Int64)
  case decimal(Double)
  case timestamp(Timestamp)
  case boolean(Bool)

  var databaseValue: DatabaseValue {
    switch self {
    case .text(let text): .text(text)
    case .integer(let integer): .integer(integer)
    case .decimal(let decimal): .real(decimal)
    case .timestamp(let time): .integer(time.millisecondsSince1970)
    case .boolean(let flag): .integer(flag ? 1 : 0)
    }
  }
}

/// One record turned into contract fields: typed values by field, and extra columns.
struct ParsedRow: Sendable {
  /// Values in the order of `ContractFile.fields`; `nil` where absent or empty.
  var values: [FieldValue?]
  /// The extra columns as a JSON object text, `nil` when there are none.
  var attributes: String?

  subscript(_ index: Int) -> FieldValue? { values[index] }

  func text(_ index: Int) -> String? {
    if case .text(let text)? = values[index] { return text }
    return nil
  }

  func timestamp(_ index: Int) -> Timestamp? {
    if case .timestamp(let time)? = values[index] { return time }
    return nil
  }

  func decimal(_ index: Int) -> Double? {
    if case .decimal(let number)? = values[index] { return number }
    return nil
  }
}

/// Why a row cannot be stored: the column at fault, a kind and a reason.
struct RowProblem: Error, Hashable, Sendable {
  var column: String?
  var kind: String
  var message: String
}
