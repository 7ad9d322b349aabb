/// An option with one value: `--top 50`, `--top=50`, or `-n 50` with a short name.
///
/// Given several times, the last value wins. Without the option on the command line, the
/// value comes from `environment` (when that variable is set and not empty), then from the
/// default; an option declared without a default is required.
///
/// ```swift
/// static let top = Option<Int>(
///   "top", valueName: "n", default: 25, help: "How many accounts to list.",
///   validate: { $0 > 0 ? nil : "must be at least 1" })
/// static let asOf = Option<Timestamp?>("as-of", valueName: "date", default: nil,
///   help: "Score as of this date.")
/// ```
struct Option<Value: ArgumentValue>: ArgumentSpec {
  /// The type-erased declaration.
  let definition: ArgumentDefinition

  /// An option that falls back to the environment, then to `defaultValue`.
  ///
  /// - Parameters:
  ///   - name: The long name without dashes (`top` for `--top`).
  ///   - short: A one-letter short name (`o` for `-o`).
  ///   - valueName: The placeholder in help (`n` shows `--top <n>`); defaults to `name`.
  ///   - environment: A variable read when the option is not on the command line.
  ///   - defaultValue: The value when neither gives one; `nil` for an optional `Value`.
  ///   - help: One sentence.
  ///   - validate: Returns why a parsed value is unacceptable, or `nil` to accept it.
  init(
    _ name: String, short: Character? = nil, valueName: String? = nil,
    environment: String? = nil, default defaultValue: Value, help: String,
    validate: (@Sendable (Value) -> String?)? = nil
  ) {
    definition = ArgumentDefinition(
      kind: .option, name: name, shortName: short, valueName: valueName, help: help,
      element: Value.self, environmentVariable: environment,
      fallback: .value(defaultValue, description: defaultValue.argumentDescription),
      validate: validate, combine: lastValue)
  }

  /// A required option: leaving it out (and its environment variable unset) is a usage error.
  init(
    _ name: String, short: Character? = nil, valueName: String? = nil,
    environment: String? = nil, help: String, validate: (@Sendable (Value) -> String?)? = nil
  ) {
    definition = ArgumentDefinition(
      kind: .option, name: name, shortName: short, valueName: valueName, help: help,
      element: Value.self, environmentVariable: environment, fallback: .required,
      validate: validate, combine: lastValue)
  }
}
