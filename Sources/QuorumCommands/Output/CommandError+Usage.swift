/// The usage errors the argument parser reports, worded like swift-argument-parser's.
extension CommandError {
  /// `unknown option '--dbb'. Did you mean '--db'?`
  static func unknownOption(_ option: String, suggestion: String?) -> CommandError {
    .usage("unknown option '\(option)'" + didYouMean(suggestion))
  }

  /// `unknown command 'scroe'. Did you mean 'score'?`
  static func unknownCommand(_ name: String, suggestion: String?) -> CommandError {
    .usage("unknown command '\(name)'" + didYouMean(suggestion))
  }

  /// `missing value for '--top <n>'`
  static func missingValue(for argument: ArgumentDefinition) -> CommandError {
    .usage("missing value for '\(argument.synopsis)'")
  }

  /// `missing expected argument '<dir>'`
  static func missingArgument(_ argument: ArgumentDefinition) -> CommandError {
    .usage("missing expected argument '\(argument.synopsis)'")
  }

  /// `missing subcommand; expected one of 'list' or 'show'`
  static func missingSubcommand(_ names: [String]) -> CommandError {
    .usage("missing subcommand; expected one of \(quotedList(names))")
  }

  /// `invalid value 'x' for '--top <n>': not an integer`
  static func invalidValue(
    _ value: String, for argument: ArgumentDefinition, reason: String
  ) -> CommandError {
    .usage("invalid value '\(value)' for '\(argument.synopsis)': \(reason)")
  }

  /// `invalid value 'x' in environment variable QUORUM_TOP for '--top <n>': not an integer`
  static func invalidEnvironmentValue(
    _ value: String, variable: String, for argument: ArgumentDefinition, reason: String
  ) -> CommandError {
    .usage(
      "invalid value '\(value)' in environment variable \(variable) for "
        + "'\(argument.synopsis)': \(reason)")
  }

  /// `the flag '--quiet' does not take a value, but 'yes' was given`
  static func flagTakesNoValue(_ flag: ArgumentDefinition, value: String) -> CommandError {
    .usage("the flag '\(flag.synopsis)' does not take a value, but '\(value)' was given")
  }

  /// `unexpected argument 'extra'` or `2 unexpected arguments: 'a', 'b'`
  static func unexpectedArguments(_ values: [String]) -> CommandError {
    precondition(!values.isEmpty, "no unexpected arguments to report")
    if values.count == 1 { return .usage("unexpected argument '\(values[0])'") }
    let list = values.map { "'\($0)'" }.joined(separator: ", ")
    return .usage("\(values.count) unexpected arguments: \(list)")
  }

  private static func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { ". Did you mean '\($0)'?" } ?? ""
  }
}

/// `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`.
func quotedList(_ values: [String]) -> String {
  let quoted = values.map { "'\($0)'" }
  guard let last = quoted.last else { return "" }
  guard quoted.count > 1 else { return last }
  return quoted.dropLast().joined(separator: ", ") + " or " + last
}
