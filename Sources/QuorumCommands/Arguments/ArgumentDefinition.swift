/// One declared argument of a command, with its type erased: what the parser, the help and
/// the error messages need. Built by the typed specs (`Option`, `Flag`, `Positional`, …).
struct ArgumentDefinition: Sendable {
  /// How the argument appears on the command line.
  enum Kind: Hashable, Sendable {
    /// `--name VALUE` or `--name=VALUE` (and `-n VALUE` with a short name).
    case option
    /// `--name` alone: present or not.
    case flag
    /// A bare token, matched by position.
    case positional
  }

  /// What the argument is when the command line and environment leave it out.
  enum Fallback: Sendable {
    /// It must be given: leaving it out is a usage error.
    case required
    /// This value, shown in help as `(default: description)` unless the description is empty.
    case value(any Sendable, description: String)
  }

  /// How the argument appears on the command line.
  var kind: Kind
  /// The long name without dashes (`db`), or the positional's name (`dir`).
  var name: String
  /// The one-letter short name (`q` for `-q`), if any.
  var shortName: Character?
  /// The placeholder for the value in help and errors (`path` in `--db <path>`).
  var valueName: String
  /// One-sentence help.
  var help: String
  /// Whether the argument collects several values (repeated option, trailing positionals).
  var isRepeating: Bool
  /// For repeating options: the character that also separates values inside one token.
  var separator: Character?
  /// The environment variable consulted when the command line leaves the argument out.
  var environmentVariable: String?
  /// What the argument is when neither the command line nor the environment gives it.
  var fallback: Fallback
  /// Every accepted value, when the set is closed (enums); shown in help.
  var allowedValues: [String]
  /// Parses (and validates) one value token into the element type.
  var parseElement: @Sendable (String) -> Result<any Sendable, ArgumentValueError>
  /// Combines the parsed elements (at least one) into the argument's value.
  var combine: @Sendable ([any Sendable]) -> any Sendable

  /// Whether leaving the argument out is an error.
  var isRequired: Bool {
    if case .required = fallback { return true }
    return false
  }

  /// The key the argument is stored under: `--db` for options and flags, `<dir>` for
  /// positionals, so an option and a positional may share a name.
  var key: String {
    kind == .positional ? "<\(name)>" : "--\(name)"
  }

  /// How the argument is named in error messages: `--top <n>`, `--quiet`, `<dir>`.
  var synopsis: String {
    switch kind {
    case .option: "--\(name) <\(valueName)>"
    case .flag: "--\(name)"
    case .positional: "<\(valueName)>"
    }
  }
}
