/// The values a command line gave a command, read back typed through the command's specs.
///
/// Every declared argument has a value here: parsing fails with a usage error when a
/// required one is missing, and fills the others from the environment or their default.
///
/// ```swift
/// let top: Int = arguments[RankCommand.top]
/// if arguments.source(of: StandardOptions.database) == .environment("QUORUM_DB") { … }
/// ```
struct ParsedArguments: Sendable {
  /// Where a value came from.
  enum Source: Hashable, Sendable {
    /// The command line.
    case commandLine
    /// The named environment variable.
    case environment(String)
    /// The declared default.
    case defaultValue
  }

  private var values: [String: any Sendable]
  private var sources: [String: Source]

  /// Creates parsed arguments from values and sources keyed by `ArgumentDefinition.key`.
  init(values: [String: any Sendable] = [:], sources: [String: Source] = [:]) {
    self.values = values
    self.sources = sources
  }

  /// Records the value of one argument.
  mutating func set(_ value: any Sendable, for definition: ArgumentDefinition, from source: Source)
  {
    values[definition.key] = value
    sources[definition.key] = source
  }

  /// The value of a declared argument.
  ///
  /// - Precondition: the command declared `spec` in its `arguments`.
  subscript<Spec: ArgumentSpec>(_ spec: Spec) -> Spec.Value {
    let key = spec.definition.key
    guard let value = values[key] else {
      preconditionFailure("'\(key)' is not declared in this command's arguments")
    }
    guard let typed = value as? Spec.Value else {
      preconditionFailure("'\(key)' was declared with another type")
    }
    return typed
  }

  /// Where the value of a declared argument came from.
  ///
  /// - Precondition: the command declared `spec` in its `arguments`.
  func source<Spec: ArgumentSpec>(of spec: Spec) -> Source {
    guard let source = sources[spec.definition.key] else {
      preconditionFailure("'\(spec.definition.key)' is not declared in this command's arguments")
    }
    return source
  }

  /// Whether the command declared `spec` (so `self[spec]` is valid).
  func declares(_ spec: some ArgumentSpec) -> Bool {
    values[spec.definition.key] != nil
  }
}
