import Testing

@testable import QuorumCommands

@Suite struct ErrorOutputTests {
  static let echoUsage = """
    Usage: quorum echo <message> [<word> ...] [--times <n>] [--ratio <x>]
           [--since <date>] [--format <format>] [--tag <tag> ...] [--upper]
           [--db <path>] [--quiet]
    See 'quorum echo --help' for more information.

    """

  @Test func unknownOptionPrintsSuggestionAndUsageOnStandardErrorAndExits64() {
    let result = run(["echo", "hi", "--tims", "2"])
    #expect(result.status == .usage)
    #expect(result.status.rawValue == 64)
    #expect(result.output.isEmpty)
    #expect(
      result.errors == "error: unknown option '--tims'. Did you mean '--times'?\n\n"
        + ErrorOutputTests.echoUsage)
  }

  @Test func missingArgumentPrintsUsageOnStandardErrorAndExits64() {
    let result = run(["echo"])
    #expect(result.status == .usage)
    #expect(result.output.isEmpty)
    #expect(
      result.errors == "error: missing expected argument '<message>'\n\n"
        + ErrorOutputTests.echoUsage)
  }

  @Test func invalidValueIsAUsageError() {
    let result = run(["echo", "hi", "--times", "x"])
    #expect(result.status == .usage)
    #expect(
      result.errors == "error: invalid value 'x' for '--times <n>': not an integer\n\n"
        + ErrorOutputTests.echoUsage)
  }

  @Test func unknownCommandSuggestsTheClosestName() {
    let result = run(["ecoh"])
    #expect(result.status == .usage)
    #expect(
      result.errors == """
        error: unknown command 'ecoh'. Did you mean 'echo'?

        Usage: quorum <subcommand>
        See 'quorum --help' for more information.

        """)
    #expect(run(["hlep"]).errors.hasPrefix("error: unknown command 'hlep'. Did you mean 'help'?"))
    #expect(run(["zzz"]).errors.hasPrefix("error: unknown command 'zzz'\n"))
  }

  @Test func unknownOptionOfTheTopLevelCommandSuggestsItsBuiltIns() {
    let result = run(["--verison"])
    #expect(result.status == .usage)
    #expect(
      result.errors.hasPrefix("error: unknown option '--verison'. Did you mean '--version'?\n"))
  }

  @Test func nestedGroupWithoutDefaultNeedsASubcommand() {
    let result = run(["report"])
    #expect(result.status == .usage)
    #expect(
      result.errors == """
        error: missing subcommand; expected one of 'conversion'

        Usage: quorum report <subcommand>
        See 'quorum report --help' for more information.

        """)
  }

  @Test func usageErrorThrownByACommandShowsThatCommandsUsage() {
    let result = run(["fail", "usage"])
    #expect(result.status == .usage)
    #expect(result.output == "partial output\n")
    #expect(
      result.errors == """
        error: '--from' must not be after '--to'

        Usage: quorum fail <kind>
        See 'quorum fail --help' for more information.

        """)
  }

  @Test func usageErrorThrownWhileCreatingTheCommandIsReportedTheSameWay() {
    let result = run(["fail", "validation"])
    #expect(result.status == .usage)
    #expect(result.output.isEmpty)
    #expect(result.errors.hasPrefix("error: 'validation' fails while validating\n\nUsage: "))
  }

  @Test func dataErrorExits65WithoutUsage() {
    let result = run(["fail", "data"])
    #expect(result.status == .dataError)
    #expect(result.status.rawValue == 65)
    #expect(result.errors == "error: activities.csv:12:3: no such calendar date\n")
  }

  @Test func ioErrorExits1WithoutUsage() {
    let result = run(["fail", "io"])
    #expect(result.status == .failure)
    #expect(result.status.rawValue == 1)
    #expect(result.errors == "error: cannot open '/nowhere/quorum.db'\n")
  }

  @Test func silentErrorExitsWithItsStatusAndPrintsNothing() {
    let result = run(["fail", "silent"])
    #expect(result.status == .dataError)
    #expect(result.errors.isEmpty)
  }

  @Test func anyOtherErrorExits1WithItsDescription() {
    let result = run(["fail", "other"])
    #expect(result.status == .failure)
    #expect(result.errors == "error: something broke\n")
  }

  @Test func successExits0WithOutputOnStandardOutputOnly() {
    let result = run(["echo", "a", "b", "--tag", "c,d", "--format", "csv", "-n", "2", "-u"])
    #expect(result.status == .success)
    #expect(result.output == "A,B,C,D\nA,B,C,D\n")
    #expect(result.errors.isEmpty)
  }

  @Test func invalidEnvironmentValueNamesTheVariable() {
    struct Top: QuorumCommand {
      static let configuration = CommandConfiguration(name: "top", abstract: "Top.")
      static let top = Option<Int>(
        "top", valueName: "n", environment: "QUORUM_TOP", default: 5, help: "How many.")
      static var arguments: [any ArgumentSpec] { [top] }
      init(arguments: ParsedArguments) {}
      func run(context: CommandContext) {}
    }
    let result = run([], root: Top.self, environment: ["QUORUM_TOP": "many"])
    #expect(result.status == .usage)
    #expect(
      result.errors.hasPrefix(
        "error: invalid value 'many' in environment variable QUORUM_TOP for '--top <n>': "
          + "not an integer\n"))
    #expect(
      run(["--top", "3"], root: Top.self, environment: ["QUORUM_TOP": "many"]).status == .success)
  }
}

@Suite struct CommandTreeTests {
  @Test func groupRunsItsDefaultSubcommandWhenNoneIsNamed() {
    #expect(run(["models"]).output == "1\n2\n")
    #expect(run(["models", "--json"]).output == "[1,2]\n")
    #expect(run(["models", "list", "--json"]).output == "[1,2]\n")
    #expect(run(["models", "show", "7"]).output == "model 7\n")
  }

  @Test func unknownWordInAGroupWithADefaultIsAnUnknownCommand() {
    let result = run(["models", "shwo", "7"])
    #expect(result.status == .usage)
    #expect(result.errors.hasPrefix("error: unknown command 'shwo'. Did you mean 'show'?\n"))
  }

  @Test func quietFlagReachesTheContext() {
    #expect(run(["count"]).output == "counted 3\n")
    #expect(run(["count", "--quiet"]).output == "counted 3 quietly\n")
    #expect(run(["count", "-q"]).output == "counted 3 quietly\n")
  }

  @Test func notesGoToStandardErrorUnlessQuiet() {
    #expect(run(["count"]).errors == "note: counted\n")
    #expect(run(["count", "-q"]).errors.isEmpty)
  }

  @Test func registryListsEveryTopLevelCommandOnce() {
    let names = CommandRegistry.topLevel.map { $0.name }
    #expect(Set(names).count == names.count)
    #expect(names.contains("version"))
    #expect(!names.contains("help"))
    for command in CommandRegistry.topLevel {
      #expect(
        CommandLineParser.declarationProblems(command.arguments.map(\.definition)).isEmpty,
        "\(command.name)")
    }
  }
}
