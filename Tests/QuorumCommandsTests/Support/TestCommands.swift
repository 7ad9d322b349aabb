import QuorumAnalytics

@testable import QuorumCommands

/// A command tree that exercises every argument form; it exists only in the tests.
struct TestRoot: CommandGroup {
  static let configuration = CommandConfiguration(
    name: "quorum", abstract: "A test tree.",
    subcommands: [
      EchoCommand.self, WhereCommand.self, CountCommand.self, FailCommand.self,
      FakeModelsCommand.self, FakeReportCommand.self,
    ],
    version: "9.9.9")
}

/// How `echo` joins its words.
enum EchoFormat: String, CaseIterable, ArgumentValue {
  case text, csv, json
}

/// `quorum echo`: prints its words; declares one argument of every kind.
struct EchoCommand: QuorumCommand {
  static let configuration = CommandConfiguration(
    name: "echo", abstract: "Print the words given.",
    discussion: "Exists only in the tests, to exercise the argument parser.",
    examples: [CommandExample("quorum echo hello world --times 2", "Print 'hello world' twice")])

  static let message = Positional<String>("message", help: "The first word.")
  static let words = PositionalList<String>("word", help: "More words.")
  static let times = Option<Int>(
    "times", short: "n", valueName: "n", default: 1, help: "How many times to print.",
    validate: { $0 >= 1 ? nil : "must be at least 1" })
  static let ratio = Option<Double?>("ratio", valueName: "x", default: nil, help: "A ratio.")
  static let since = Option<Timestamp?>(
    "since", valueName: "date", default: nil, help: "A date (ISO 8601).")
  static let format = Option<EchoFormat>("format", default: .text, help: "How to join words.")
  static let tags = OptionList<String>("tag", help: "Tags to append.")
  static let upper = Flag("upper", short: "u", help: "Print in upper case.")

  static var arguments: [any ArgumentSpec] {
    [
      message, words, times, ratio, since, format, tags, upper, StandardOptions.database,
      StandardOptions.quiet,
    ]
  }

  var words: [String]
  var times: Int
  var format: EchoFormat
  var upper: Bool

  init(arguments: ParsedArguments) {
    words = [arguments[Self.message]] + arguments[Self.words] + arguments[Self.tags]
    times = arguments[Self.times]
    format = arguments[Self.format]
    upper = arguments[Self.upper]
  }

  func run(context: CommandContext) {
    let text: String
    switch format {
    case .text: text = words.joined(separator: " ")
    case .csv: text = words.joined(separator: ",")
    case .json: text = "[" + words.map { "\"\($0)\"" }.joined(separator: ",") + "]"
    }
    for _ in 0..<times { context.print(upper ? text.uppercased() : text) }
  }
}

/// `quorum where`: prints the database path it would use and where the path came from.
struct WhereCommand: QuorumCommand {
  static let configuration = CommandConfiguration(
    name: "where", abstract: "Print the database path.")
  static var arguments: [any ArgumentSpec] { [StandardOptions.database] }

  var path: String
  var source: ParsedArguments.Source

  init(arguments: ParsedArguments) {
    path = arguments[StandardOptions.database]
    source = arguments.source(of: StandardOptions.database)
  }

  func run(context: CommandContext) {
    context.print("\(context.resolvedPath(path)) (\(source))")
  }
}

/// `quorum count`: counts to N with a progress display.
struct CountCommand: QuorumCommand {
  static let configuration = CommandConfiguration(name: "count", abstract: "Count to N.")
  static let to = Option<Int>("to", valueName: "n", default: 3, help: "Where to stop.")
  static var arguments: [any ArgumentSpec] { [to, StandardOptions.quiet] }

  var to: Int
  init(arguments: ParsedArguments) { to = arguments[Self.to] }

  func run(context: CommandContext) {
    let progress = context.progress("Counting", total: to)
    for _ in 0..<to { progress.advance() }
    progress.finish()
    context.note("note: counted")
    context.print("counted \(to)\(context.quiet ? " quietly" : "")")
  }
}

/// How `fail` fails.
enum FailureKind: String, CaseIterable, ArgumentValue {
  case usage, data, io, silent, other, validation
}

/// An error that is not a `CommandError`.
struct PlainError: Error, CustomStringConvertible {
  var description: String { "something broke" }
}

/// `quorum fail KIND`: fails in the way asked.
struct FailCommand: QuorumCommand {
  static let configuration = CommandConfiguration(name: "fail", abstract: "Fail on purpose.")
  static let kind = Positional<FailureKind>("kind", help: "How to fail.")
  static var arguments: [any ArgumentSpec] { [kind] }

  var kind: FailureKind

  init(arguments: ParsedArguments) throws {
    kind = arguments[Self.kind]
    if kind == .validation { throw CommandError.usage("'validation' fails while validating") }
  }

  func run(context: CommandContext) throws {
    context.print("partial output")
    switch kind {
    case .usage: throw CommandError.usage("'--from' must not be after '--to'")
    case .data: throw CommandError.data("activities.csv:12:3: no such calendar date")
    case .io: throw CommandError.io("cannot open '/nowhere/quorum.db'")
    case .silent: throw CommandError.silent(.dataError)
    case .other: throw PlainError()
    case .validation: break
    }
  }
}

/// `quorum models`: a group whose default subcommand is `list`.
struct FakeModelsCommand: CommandGroup {
  static let configuration = CommandConfiguration(
    name: "models", abstract: "Manage scoring models.",
    subcommands: [FakeModelsListCommand.self, FakeModelsShowCommand.self],
    defaultSubcommand: FakeModelsListCommand.self)
}

/// `quorum models list`.
struct FakeModelsListCommand: QuorumCommand {
  static let configuration = CommandConfiguration(name: "list", abstract: "List the models.")
  static let json = Flag("json", help: "Print JSON.")
  static var arguments: [any ArgumentSpec] { [json] }

  var json: Bool
  init(arguments: ParsedArguments) { json = arguments[Self.json] }

  func run(context: CommandContext) {
    context.print(json ? "[1,2]" : "1\n2")
  }
}

/// `quorum models show ID`.
struct FakeModelsShowCommand: QuorumCommand {
  static let configuration = CommandConfiguration(name: "show", abstract: "Show one model.")
  static let id = Positional<Int>("id", help: "The model id.")
  static var arguments: [any ArgumentSpec] { [id] }

  var id: Int
  init(arguments: ParsedArguments) { id = arguments[Self.id] }

  func run(context: CommandContext) {
    context.print("model \(id)")
  }
}

/// `quorum report`: a group without a default subcommand.
struct FakeReportCommand: CommandGroup {
  static let configuration = CommandConfiguration(
    name: "report", abstract: "Write reports.",
    subcommands: [FakeConversionReportCommand.self])
}

/// `quorum report conversion --out DIR`: has a required option.
struct FakeConversionReportCommand: QuorumCommand {
  static let configuration = CommandConfiguration(
    name: "conversion", abstract: "Conversion by score band.")
  static let out = Option<String>(
    "out", short: "o", valueName: "dir", environment: "TEST_REPORT_DIR",
    help: "Where to write the report.")
  static var arguments: [any ArgumentSpec] { [out] }

  var out: String
  init(arguments: ParsedArguments) { out = arguments[Self.out] }

  func run(context: CommandContext) {
    context.print("conversion -> \(out)")
  }
}
