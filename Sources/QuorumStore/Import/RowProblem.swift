/// Why a row cannot be stored: the column at fault, a kind and a reason.
struct RowProblem: Error, Hashable, Sendable {
  var column: String?
  var kind: String
  var message: String
}
