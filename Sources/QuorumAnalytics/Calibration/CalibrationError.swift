/// Why a calibration step could not run on the data it was given.
///
/// Thrown for bad data (user input); programmer errors such as mismatched array lengths
/// are preconditions instead.
public enum CalibrationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A design matrix row has a different number of values than there are columns.
  case raggedRow(row: Int, expected: Int, found: Int)
  /// Two design matrix columns share a name.
  case duplicateColumn(String)
  /// A value is NaN or infinite.
  case nonFiniteValue(row: Int, column: String)
  /// The rows cannot be fitted or scored because they are all won or all lost.
  case singleClass(positives: Int, negatives: Int)
  /// There are no rows to work with.
  case empty
  /// A symmetric matrix is not (numerically) positive definite; `pivot` is the failing
  /// diagonal position.
  case notPositiveDefinite(pivot: Int)
  /// Time-ordered cross-validation found no fold whose training window holds both classes.
  case noUsableFolds
  /// A setting is outside its valid range.
  case invalidSetting(String)

  /// A plain-language explanation.
  public var description: String {
    switch self {
    case .raggedRow(let row, let expected, let found):
      return "row \(row) has \(found) values but the matrix has \(expected) columns"
    case .duplicateColumn(let name):
      return "column \(name) appears more than once"
    case .nonFiniteValue(let row, let column):
      return "row \(row), column \(column) is not a finite number"
    case .singleClass(let positives, let negatives):
      return "need both won and lost deals; found \(positives) won and \(negatives) lost"
    case .empty:
      return "there are no rows"
    case .notPositiveDefinite(let pivot):
      return "the matrix is not positive definite (pivot \(pivot))"
    case .noUsableFolds:
      return "no cross-validation fold has both won and lost deals in its training window"
    case .invalidSetting(let message):
      return message
    }
  }
}
