/// A Boolean flag: `--strict` (or `-s` with a short name) is `true`, absence is `false`.
///
/// `--strict=yes` is a usage error; giving the flag twice is the same as once.
///
/// ```swift
/// static let strict = Flag("strict", help: "Exit 65 and commit nothing if any row is rejected.")
/// ```
struct Flag: ArgumentSpec {
  /// Whether the flag was given.
  typealias Value = Bool

  /// The type-erased declaration.
  let definition: ArgumentDefinition

  /// A flag with a long name, an optional one-letter short name, and help.
  init(_ name: String, short: Character? = nil, help: String) {
    definition = ArgumentDefinition(
      kind: .flag, name: name, shortName: short, valueName: name, help: help,
      isRepeating: false, separator: nil, environmentVariable: nil,
      fallback: .value(false, description: ""), allowedValues: [],
      parseElement: { _ in .success(true) }, combine: { _ in true })
  }
}
