/// The help page and usage line of a command, laid out like swift-argument-parser's:
/// OVERVIEW, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS, EXAMPLES, wrapped to 80 columns.
struct HelpRenderer {
  /// The command and its parents, top-level command first (`[quorum, report, conversion]`).
  let stack: [any QuorumCommand.Type]

  /// Creates the renderer for the last command of `stack`.
  ///
  /// - Precondition: `stack` is not empty.
  init(stack: [any QuorumCommand.Type]) {
    precondition(!stack.isEmpty, "a help page needs a command")
    self.stack = stack
  }

  /// The help line for the built-in `-h, --help`.
  static let helpEntry = ("-h, --help", "Show help information.")
  /// The help line for the built-in `--version` of the top-level command.
  static let versionEntry = ("--version", "Show the version.")
  /// The help line for the built-in `help` subcommand of the top-level command.
  static let helpCommandEntry = ("help", "Show help for a subcommand.")

  private var command: any QuorumCommand.Type {
    guard let last = stack.last else { preconditionFailure("empty command stack") }
    return last
  }

  private var configuration: CommandConfiguration { command.configuration }

  private var definitions: [ArgumentDefinition] { command.arguments.map(\.definition) }

  /// The command's words: `quorum report conversion`.
  var commandPath: String {
    stack.map { $0.configuration.name }.joined(separator: " ")
  }

  /// Above this many declared arguments, the usage line shows `[<options>]` in place of the
  /// optional named ones (as swift-argument-parser does).
  static let usageArgumentLimit = 12

  /// The usage line's parts: the command path, then each argument's usage form, then
  /// `<subcommand>` for a group.
  var usageParts: [String] {
    var parts = [commandPath]
    if definitions.count > HelpRenderer.usageArgumentLimit {
      parts.append("[<options>]")
      parts += definitions.filter { $0.kind == .positional || $0.isRequired }
        .map(HelpRenderer.usageForm)
    } else {
      parts += definitions.map(HelpRenderer.usageForm)
    }
    if !configuration.subcommands.isEmpty { parts.append("<subcommand>") }
    return parts
  }

  /// The usage line after `prefix` (`Usage: ` in errors, `USAGE: ` in help), wrapped with a
  /// hanging indent of seven columns.
  func usage(prefix: String) -> String {
    TextLayout.fill(usageParts, firstPrefix: prefix, continuationIndent: prefix.count)
      .joined(separator: "\n")
  }

  /// The usage line and pointer to help that follow a usage error.
  var errorFooter: String {
    usage(prefix: "Usage: ") + "\nSee '\(commandPath) --help' for more information.\n"
  }

  /// The full help page, ending with a newline.
  func render() -> String {
    let sections = [
      overview, usage(prefix: "USAGE: "), argumentsSection, optionsSection, subcommandsSection,
      examplesSection,
    ]
    return sections.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
  }

  private var overview: String {
    var text = ""
    if !configuration.abstract.isEmpty {
      let words = configuration.abstract.split(separator: " ").map(String.init)
      text = TextLayout.fill(words, firstPrefix: "OVERVIEW: ", continuationIndent: 0)
        .joined(separator: "\n")
    }
    if !configuration.discussion.isEmpty {
      text += (text.isEmpty ? "" : "\n\n") + TextLayout.wrap(configuration.discussion)
    }
    return text
  }

  private var argumentsSection: String {
    section(
      "ARGUMENTS",
      definitions.filter { $0.kind == .positional }.map {
        ("<\($0.valueName)>", HelpRenderer.helpText($0))
      })
  }

  private var optionsSection: String {
    var entries = definitions.filter { $0.kind != .positional }.map {
      (HelpRenderer.optionLabel($0), HelpRenderer.helpText($0))
    }
    if configuration.version != nil { entries.append(HelpRenderer.versionEntry) }
    entries.append(HelpRenderer.helpEntry)
    return section("OPTIONS", entries)
  }

  private var subcommandsSection: String {
    guard !configuration.subcommands.isEmpty else { return "" }
    var entries = configuration.subcommands.map { subcommand in
      let label = subcommand.name + (configuration.isDefault(subcommand) ? " (default)" : "")
      return (label, subcommand.configuration.abstract)
    }
    if stack.count == 1 { entries.append(HelpRenderer.helpCommandEntry) }
    var names = stack.map { $0.configuration.name }
    names.insert("help", at: 1)
    let pointer = "  See '\(names.joined(separator: " ")) <subcommand>' for detailed help."
    return section("SUBCOMMANDS", entries) + "\n\n" + pointer
  }

  private var examplesSection: String {
    guard !configuration.examples.isEmpty else { return "" }
    let examples = configuration.examples.map { example in
      let words = example.explanation.split(separator: " ").map(String.init)
      let comment = TextLayout.fill(words, firstPrefix: "  # ", continuationIndent: 4)
        .map { $0.hasPrefix("  # ") ? $0 : "  # " + $0.dropFirst(4) }
      return (comment + ["  " + example.command]).joined(separator: "\n")
    }
    return "EXAMPLES:\n" + examples.joined(separator: "\n\n")
  }

  private func section(_ title: String, _ entries: [(String, String)]) -> String {
    guard !entries.isEmpty else { return "" }
    return ([title + ":"] + entries.map { TextLayout.entry(label: $0.0, text: $0.1) })
      .joined(separator: "\n")
  }

  /// How an argument appears in the usage line: `<dir>`, `[--db <path>]`, `[--strict]`,
  /// `[--tag <tag> ...]`, `[<account> ...]`.
  static func usageForm(_ definition: ArgumentDefinition) -> String {
    var form = definition.synopsis
    if definition.isRepeating { form += " ..." }
    return definition.isRequired ? form : "[\(form)]"
  }

  /// The label of an option in OPTIONS: `-q, --quiet`, `--db <path>`.
  static func optionLabel(_ definition: ArgumentDefinition) -> String {
    (definition.shortName.map { "-\($0), " } ?? "") + definition.synopsis
  }

  /// An argument's help followed by its facts in parentheses:
  /// `(values: table, csv, json; env: QUORUM_DB; default: table)`.
  static func helpText(_ definition: ArgumentDefinition) -> String {
    var facts: [String] = []
    if !definition.allowedValues.isEmpty {
      facts.append("values: " + definition.allowedValues.joined(separator: ", "))
    }
    if definition.kind == .option, definition.isRepeating {
      facts.append(HelpRenderer.listFact(separator: definition.separator))
    }
    if let variable = definition.environmentVariable { facts.append("env: \(variable)") }
    if case .value(_, let description) = definition.fallback, !description.isEmpty {
      facts.append("default: \(description)")
    }
    guard !facts.isEmpty else { return definition.help }
    return definition.help + " (" + facts.joined(separator: "; ") + ")"
  }

  /// How a list option's help says it takes several values.
  private static func listFact(separator: Character?) -> String {
    switch separator {
    case nil: "repeatable"
    case ",": "repeatable or comma-separated"
    case let separator?: "repeatable or separated by '\(separator)'"
    }
  }
}
