/// The trailing positional tokens, collected into an array (`quorum help report conversion`).
///
/// It must be the last positional a command declares. Tokens after `--` are included.
///
/// ```swift
/// static let accounts = PositionalList<String>("account", help: "Accounts to explain.")
/// ```
struct PositionalList<Element: ArgumentValue>: ArgumentSpec {
  /// The tokens, in command-line order.
  typealias Value = [Element]

  /// The type-erased declaration.
  let definition: ArgumentDefinition

  /// Trailing positionals; with `requiresOne`, at least one must be given.
  init(
    _ name: String, valueName: String? = nil, requiresOne: Bool = false, help: String,
    validate: (@Sendable (Element) -> String?)? = nil
  ) {
    definition = ArgumentDefinition(
      kind: .positional, name: name, shortName: nil, valueName: valueName, help: help,
      element: Element.self, isRepeating: true,
      fallback: requiresOne ? .required : .value([Element](), description: ""),
      validate: validate, combine: { $0 })
  }
}
