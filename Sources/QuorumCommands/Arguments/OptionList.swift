/// An option that collects values: repeated (`--tag a --tag b`), separated inside one token
/// (`--format html,csv`), or both. Empty items (`html,,csv`) are rejected.
///
/// Without the option on the command line, the values come from `environment` (split the
/// same way), then from the default.
///
/// ```swift
/// static let formats = OptionList<ReportFormat>(
///   "format", default: [.html, .csv], help: "Output formats.")
/// ```
struct OptionList<Element: ArgumentValue>: ArgumentSpec {
  /// The parsed values, in command-line order.
  typealias Value = [Element]

  /// The type-erased declaration.
  let definition: ArgumentDefinition

  /// A list option.
  ///
  /// - Parameters:
  ///   - name: The long name without dashes.
  ///   - short: A one-letter short name.
  ///   - valueName: The placeholder in help; defaults to `name`.
  ///   - separator: Also splits each token (`,` by default; `nil` to only repeat).
  ///   - environment: A variable read when the option is not on the command line.
  ///   - defaultValue: The values when neither gives any.
  ///   - help: One sentence.
  ///   - validate: Returns why one parsed item is unacceptable, or `nil` to accept it.
  init(
    _ name: String, short: Character? = nil, valueName: String? = nil,
    separator: Character? = ",", environment: String? = nil, default defaultValue: [Element] = [],
    help: String, validate: (@Sendable (Element) -> String?)? = nil
  ) {
    let description = defaultValue.map(\.argumentDescription)
      .joined(separator: separator.map { String($0) } ?? " ")
    definition = ArgumentDefinition(
      kind: .option, name: name, shortName: short, valueName: valueName, help: help,
      element: Element.self, isRepeating: true, separator: separator,
      environmentVariable: environment,
      fallback: .value(defaultValue, description: description),
      validate: validate, combine: { $0 })
  }
}
