/// Parses one command's tokens (everything after its name) against its declared arguments.
///
/// Accepted forms: `--name value`, `--name=value`, `-n value` (short names), flags `--name`
/// and `-n`, positionals anywhere between options, and `--` after which every token is
/// positional. A value that itself starts with `-` (other than a negative number) must be
/// attached with `=` (`--db=-odd.db`). Short names cannot be grouped (`-qu`) or carry an
/// attached value (`-n5`).
///
/// Values are typed and validated; a missing required argument, an unknown option (with a
/// "did you mean" suggestion), a missing or invalid value, or an extra token is a usage
/// error. Values absent from the command line come from the environment, then from defaults.
struct CommandLineParser: Sendable {
  /// The declared arguments, in usage order.
  let definitions: [ArgumentDefinition]
  /// The environment that options with an environment fallback consult.
  let environment: [String: String]
  /// Built-in long options the command also accepts (`--help`), offered as suggestions.
  let builtInOptions: [String]

  /// Creates a parser.
  ///
  /// - Precondition: the declarations are consistent (see `declarationProblems(_:)`).
  init(
    definitions: [ArgumentDefinition], environment: [String: String],
    builtInOptions: [String] = ["--help"]
  ) {
    let problems = CommandLineParser.declarationProblems(definitions)
    precondition(problems.isEmpty, problems.joined(separator: "; "))
    self.definitions = definitions
    self.environment = environment
    self.builtInOptions = builtInOptions
  }

  /// Parses the tokens.
  ///
  /// - Complexity: O(*n* + *d*) for *n* tokens and *d* declarations, plus the suggestion
  ///   search when an option is unknown.
  func parse(_ tokens: some Sequence<String>) throws(CommandError) -> ParsedArguments {
    var given: [String: [String]] = [:]
    var positionals: [String] = []
    var pending = Array(tokens)[...]
    var afterTerminator = false
    while let token = pending.popFirst() {
      if afterTerminator || !CommandLineParser.looksLikeOption(token) {
        positionals.append(token)
      } else if token == "--" {
        afterTerminator = true
      } else {
        let (definition, inlineValue) = try lookUp(token)
        let value = try value(of: definition, inline: inlineValue, pending: &pending)
        given[definition.key, default: []].append(value)
      }
    }
    try assign(positionals, to: &given)
    return try resolve(given)
  }

  /// Whether a token is read as an option: it starts with `-` and is neither `-` alone nor a
  /// negative number (`-3`, `-0.5`, `-.5`).
  static func looksLikeOption(_ token: String) -> Bool {
    guard token.hasPrefix("-"), token.count > 1 else { return false }
    let second = token[token.index(after: token.startIndex)]
    return !(second.isASCII && (second.isNumber || second == "."))
  }

  /// The definition an option token names, and the value after `=` in `--name=value`.
  private func lookUp(_ token: String) throws(CommandError) -> (ArgumentDefinition, String?) {
    var name = token
    var inlineValue: String?
    if token.hasPrefix("--"), let equals = token.firstIndex(of: "=") {
      name = String(token[..<equals])
      inlineValue = String(token[token.index(after: equals)...])
    }
    let match = definitions.first { definition in
      definition.kind != .positional
        && (definition.key == name
          || definition.shortName.map { "-\($0)" == name } == true)
    }
    guard let match else {
      let candidates = definitions.filter { $0.kind != .positional }.map(\.key) + builtInOptions
      let suggestion = name.hasPrefix("--") ? Suggestion.closest(to: name, among: candidates) : nil
      throw CommandError.unknownOption(name, suggestion: suggestion)
    }
    return (match, inlineValue)
  }

  /// The value text an option takes: after `=`, else the next token unless that is an option.
  private func value(
    of definition: ArgumentDefinition, inline: String?, pending: inout Array<String>.SubSequence
  ) throws(CommandError) -> String {
    if definition.kind == .flag {
      if let inline { throw CommandError.flagTakesNoValue(definition, value: inline) }
      return ""
    }
    if let inline { return inline }
    guard let next = pending.first, !CommandLineParser.looksLikeOption(next) else {
      throw CommandError.missingValue(for: definition)
    }
    pending.removeFirst()
    return next
  }

  /// Hands positional tokens to the declared positionals in order; a trailing list takes
  /// the rest. Leftover tokens are a usage error.
  private func assign(
    _ positionals: [String], to given: inout [String: [String]]
  ) throws(CommandError) {
    var remaining = positionals[...]
    for definition in definitions where definition.kind == .positional {
      guard !remaining.isEmpty else { break }
      if definition.isRepeating {
        given[definition.key] = Array(remaining)
        remaining = []
      } else if let token = remaining.popFirst() {
        given[definition.key] = [token]
      }
    }
    if !remaining.isEmpty { throw CommandError.unexpectedArguments(Array(remaining)) }
  }

  /// Parses the given texts, or falls back to the environment and the default.
  private func resolve(_ given: [String: [String]]) throws(CommandError) -> ParsedArguments {
    var parsed = ParsedArguments()
    for definition in definitions {
      if let texts = given[definition.key] {
        var elements: [any Sendable] = []
        for text in texts {
          elements += try parseElements(text, of: definition) { item, reason in
            CommandError.invalidValue(item, for: definition, reason: reason)
          }
        }
        parsed.set(definition.combine(elements), for: definition, from: .commandLine)
      } else if let variable = definition.environmentVariable,
        let text = environment[variable], !text.isEmpty
      {
        let elements = try parseElements(text, of: definition) { item, reason in
          CommandError.invalidEnvironmentValue(
            item, variable: variable, for: definition, reason: reason)
        }
        parsed.set(definition.combine(elements), for: definition, from: .environment(variable))
      } else if case .value(let value, _) = definition.fallback {
        parsed.set(value, for: definition, from: .defaultValue)
      } else {
        throw CommandError.missingArgument(definition)
      }
    }
    return parsed
  }

  /// The elements one text holds: one, or several split by the list separator. `error`
  /// makes the error for an invalid item from the item and the reason.
  private func parseElements(
    _ text: String, of definition: ArgumentDefinition,
    error: (String, String) -> CommandError
  ) throws(CommandError) -> [any Sendable] {
    if definition.kind == .flag { return [true] }
    let items =
      definition.separator.map { separator in
        text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
      } ?? [text]
    var elements: [any Sendable] = []
    for item in items {
      if definition.kind == .option, definition.isRepeating, item.isEmpty {
        throw error(text, "empty item in the list")
      }
      switch definition.parseElement(item) {
      case .success(let value): elements.append(value)
      case .failure(let failure): throw error(item, failure.reason)
      }
    }
    return elements
  }
}

extension CommandLineParser {
  /// What is inconsistent in a command's declarations (empty when they are fine): duplicate
  /// names, reserved names (`help`, `version`, `-h`), malformed names, a required positional
  /// after an optional one, or a positional after a trailing list.
  static func declarationProblems(_ definitions: [ArgumentDefinition]) -> [String] {
    var problems: [String] = []
    var keys: Set<String> = []
    var shortNames: Set<Character> = []
    var sawOptionalPositional = false
    var sawPositionalList = false
    for definition in definitions {
      let key = definition.key
      if !keys.insert(key).inserted { problems.append("'\(key)' is declared twice") }
      if let short = definition.shortName, !shortNames.insert(short).inserted || short == "h" {
        problems.append("short name '-\(short)' is declared twice or reserved")
      }
      let isWellFormed =
        !definition.name.isEmpty && !definition.name.hasPrefix("-")
        && !definition.name.contains(where: { $0 == "=" || $0 == " " })
      if !isWellFormed { problems.append("'\(key)' is not a valid name") }
      guard definition.kind == .positional else {
        if ["help", "version"].contains(definition.name) {
          problems.append("'\(key)' is reserved")
        }
        continue
      }
      if sawPositionalList { problems.append("'\(key)' follows a trailing list positional") }
      if definition.isRequired, sawOptionalPositional {
        problems.append("required '\(key)' follows an optional positional")
      }
      sawOptionalPositional = sawOptionalPositional || !definition.isRequired
      sawPositionalList = sawPositionalList || definition.isRepeating
    }
    return problems
  }
}
