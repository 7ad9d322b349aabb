/// A positional argument: a bare token matched by its position (`quorum import DIR`).
///
/// Positionals are matched in declaration order; optional ones (with a default) must follow
/// the required ones. A token that starts with `-` is read as an option unless it is `-`
/// alone or a negative number; after `--` every token is positional.
///
/// ```swift
/// static let directory = Positional<String>("dir", help: "The folder of CSV files.")
/// ```
struct Positional<Value: ArgumentValue>: ArgumentSpec {
  /// The type-erased declaration.
  let definition: ArgumentDefinition

  /// A required positional; `valueName` (default `name`) shows as `<dir>`.
  init(
    _ name: String, valueName: String? = nil, help: String,
    validate: (@Sendable (Value) -> String?)? = nil
  ) {
    definition = ArgumentDefinition(
      kind: .positional, name: name, shortName: nil, valueName: valueName, help: help,
      element: Value.self, fallback: .required, validate: validate, combine: lastValue)
  }

  /// An optional positional with a default (`nil` for an optional `Value`).
  init(
    _ name: String, valueName: String? = nil, default defaultValue: Value, help: String,
    validate: (@Sendable (Value) -> String?)? = nil
  ) {
    definition = ArgumentDefinition(
      kind: .positional, name: name, shortName: nil, valueName: valueName, help: help,
      element: Value.self,
      fallback: .value(defaultValue, description: defaultValue.argumentDescription),
      validate: validate, combine: lastValue)
  }
}
