/// A declared argument of a command whose parsed value has type `Value`.
///
/// A command lists its specs in `static var arguments`, in the order they appear in the
/// usage line, and reads each value back, typed, from `ParsedArguments`:
///
/// ```swift
/// static let top = Option<Int>("top", valueName: "n", default: 25, help: "Accounts to list.")
/// static var arguments: [any ArgumentSpec] { [top] }
/// init(arguments: ParsedArguments) { top = arguments[Self.top] }
/// ```
protocol ArgumentSpec: Sendable {
  /// The type of the parsed value.
  associatedtype Value: Sendable

  /// The type-erased declaration the parser and the help use.
  var definition: ArgumentDefinition { get }
}
