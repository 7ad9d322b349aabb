import QuorumAnalytics
import Testing

@testable import QuorumCommands

@Suite struct ArgumentParsingTests {
  @Test func optionValueMayFollowAsNextTokenAfterEqualsOrAfterShortName() throws {
    for tokens in [["hi", "--times", "3"], ["hi", "--times=3"], ["hi", "-n", "3"]] {
      #expect(try parse(tokens)[EchoCommand.times] == 3, "\(tokens)")
    }
  }

  @Test func repeatedSingleValuedOptionKeepsTheLastValue() throws {
    #expect(try parse(["hi", "--times", "2", "--times=5"])[EchoCommand.times] == 5)
  }

  @Test func absentOptionsTakeTheirDefaults() throws {
    let parsed = try parse(["hi"])
    #expect(parsed[EchoCommand.times] == 1)
    #expect(parsed[EchoCommand.ratio] == nil)
    #expect(parsed[EchoCommand.since] == nil)
    #expect(parsed[EchoCommand.format] == .text)
    #expect(parsed[EchoCommand.tags] == [])
    #expect(parsed[EchoCommand.upper] == false)
    #expect(parsed[EchoCommand.words] == [])
    #expect(parsed.source(of: EchoCommand.times) == .defaultValue)
  }

  @Test func positionalsAreMatchedInOrderBetweenOptions() throws {
    let parsed = try parse(["a", "--times", "2", "b", "-u", "c"])
    #expect(parsed[EchoCommand.message] == "a")
    #expect(parsed[EchoCommand.words] == ["b", "c"])
    #expect(parsed[EchoCommand.times] == 2)
    #expect(parsed[EchoCommand.upper])
  }

  @Test func everyTokenAfterTheTerminatorIsPositional() throws {
    let parsed = try parse(["--", "--times", "-u", "--"])
    #expect(parsed[EchoCommand.message] == "--times")
    #expect(parsed[EchoCommand.words] == ["-u", "--"])
    #expect(parsed[EchoCommand.times] == 1)
    #expect(parsed[EchoCommand.upper] == false)
  }

  @Test func negativeNumbersAndSingleDashAreValuesNotOptions() throws {
    let parsed = try parse(["-3", "-", "--ratio", "-0.5"])
    #expect(parsed[EchoCommand.message] == "-3")
    #expect(parsed[EchoCommand.words] == ["-"])
    #expect(parsed[EchoCommand.ratio] == -0.5)
  }

  @Test func doublesAcceptExponentsAndRejectNonFiniteValues() throws {
    #expect(try parse(["hi", "--ratio", "1e-3"])[EchoCommand.ratio] == 0.001)
    #expect(
      parseError(["hi", "--ratio", "nan"])
        == "invalid value 'nan' for '--ratio <x>': not a finite number")
    #expect(
      parseError(["hi", "--ratio", "half"])
        == "invalid value 'half' for '--ratio <x>': not a number")
  }

  @Test func datesAreParsedAsISO8601Exactly() throws {
    #expect(
      try parse(["hi", "--since", "2025-03-01"])[EchoCommand.since]
        == Timestamp(year: 2025, month: 3, day: 1))
    #expect(
      try parse(["hi", "--since=2025-03-01T02:00:00+02:00"])[EchoCommand.since]
        == Timestamp(year: 2025, month: 3, day: 1))
    #expect(
      parseError(["hi", "--since", "2024-02-30"])
        == "invalid value '2024-02-30' for '--since <date>': no such calendar date")
    #expect(
      parseError(["hi", "--since", "01/02/2024"])
        == "invalid value '01/02/2024' for '--since <date>': not an ISO 8601 date "
        + "(expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)")
  }

  @Test func integersRejectNonIntegersAndFailValidation() {
    #expect(
      parseError(["hi", "--times", "x"]) == "invalid value 'x' for '--times <n>': not an integer")
    #expect(
      parseError(["hi", "--times", "2.5"])
        == "invalid value '2.5' for '--times <n>': not an integer")
    #expect(
      parseError(["hi", "--times", "0"])
        == "invalid value '0' for '--times <n>': must be at least 1")
  }

  @Test func enumsAcceptTheirRawValuesOnly() throws {
    #expect(try parse(["hi", "--format", "json"])[EchoCommand.format] == .json)
    #expect(
      parseError(["hi", "--format", "xml"])
        == "invalid value 'xml' for '--format <format>': expected one of 'text', 'csv' or 'json'")
    #expect(parseError(["hi", "--format", "JSON"]) != nil)
  }

  @Test func listOptionsCollectRepeatsAndCommaSeparatedItems() throws {
    #expect(try parse(["hi", "--tag", "a,b", "--tag=c"])[EchoCommand.tags] == ["a", "b", "c"])
    #expect(
      parseError(["hi", "--tag", "a,,b"])
        == "invalid value 'a,,b' for '--tag <tag>': empty item in the list")
  }

  @Test func flagsAreSetByLongOrShortNameAndTakeNoValue() throws {
    #expect(try parse(["hi", "--upper"])[EchoCommand.upper])
    #expect(try parse(["hi", "-u"])[EchoCommand.upper])
    #expect(try parse(["hi", "-u", "--upper"])[EchoCommand.upper])
    #expect(
      parseError(["hi", "--upper=yes"])
        == "the flag '--upper' does not take a value, but 'yes' was given")
  }

  @Test func anOptionWithoutItsValueIsAUsageError() {
    #expect(parseError(["hi", "--times"]) == "missing value for '--times <n>'")
    #expect(parseError(["hi", "--times", "--upper"]) == "missing value for '--times <n>'")
    #expect(parseError(["hi", "--times", "--"]) == "missing value for '--times <n>'")
  }

  @Test func emptyValueAfterEqualsIsAValueNotAMissingOne() {
    #expect(parseError(["hi", "--times="]) == "invalid value '' for '--times <n>': not an integer")
  }

  @Test func missingRequiredPositionalNamesIt() {
    #expect(parseError([]) == "missing expected argument '<message>'")
    #expect(parseError(["--upper"]) == "missing expected argument '<message>'")
  }

  @Test func missingRequiredOptionNamesIt() {
    #expect(
      parseError([], for: FakeConversionReportCommand.self)
        == "missing expected argument '--out <dir>'")
  }

  @Test func requiredOptionIsSatisfiedByItsEnvironmentVariable() throws {
    let parsed = try parse(
      [], for: FakeConversionReportCommand.self, environment: ["TEST_REPORT_DIR": "out"])
    #expect(parsed[FakeConversionReportCommand.out] == "out")
    #expect(parsed.source(of: FakeConversionReportCommand.out) == .environment("TEST_REPORT_DIR"))
  }

  @Test func unknownLongOptionSuggestsTheClosestDeclaredName() {
    #expect(
      parseError(["hi", "--tims", "2"]) == "unknown option '--tims'. Did you mean '--times'?")
    #expect(parseError(["hi", "--uper"]) == "unknown option '--uper'. Did you mean '--upper'?")
    #expect(parseError(["hi", "--hlep"]) == "unknown option '--hlep'. Did you mean '--help'?")
    #expect(parseError(["hi", "--foo"]) == "unknown option '--foo'")
    #expect(parseError(["hi", "--tims=2"]) == "unknown option '--tims'. Did you mean '--times'?")
  }

  @Test func unknownShortOptionIsAnErrorWithoutSuggestion() {
    #expect(parseError(["hi", "-z"]) == "unknown option '-z'")
    #expect(parseError(["hi", "-un"]) == "unknown option '-un'")
  }

  @Test func extraPositionalsAreUnexpected() {
    #expect(parseError(["1", "2"], for: FakeModelsShowCommand.self) == "unexpected argument '2'")
    #expect(
      parseError(["1", "2", "3"], for: FakeModelsShowCommand.self)
        == "2 unexpected arguments: '2', '3'")
    #expect(
      parseError(["x"], for: FakeModelsShowCommand.self)
        == "invalid value 'x' for '<id>': not an integer")
  }
}

@Suite struct DatabaseOptionTests {
  private let database = StandardOptions.database

  @Test func flagWinsOverEnvironmentAndDefault() throws {
    let parsed = try parse(
      ["--db", "flag.db"], for: WhereCommand.self, environment: ["QUORUM_DB": "env.db"])
    #expect(parsed[database] == "flag.db")
    #expect(parsed.source(of: database) == .commandLine)
  }

  @Test func environmentWinsOverDefault() throws {
    let parsed = try parse([], for: WhereCommand.self, environment: ["QUORUM_DB": "env.db"])
    #expect(parsed[database] == "env.db")
    #expect(parsed.source(of: database) == .environment("QUORUM_DB"))
  }

  @Test func defaultIsQuorumDatabaseInTheWorkingDirectory() throws {
    let parsed = try parse([], for: WhereCommand.self)
    #expect(parsed[database] == "./quorum.db")
    #expect(parsed.source(of: database) == .defaultValue)
  }

  @Test func emptyEnvironmentVariableCountsAsUnset() throws {
    let parsed = try parse([], for: WhereCommand.self, environment: ["QUORUM_DB": ""])
    #expect(parsed[database] == "./quorum.db")
  }

  @Test func emptyPathOnTheCommandLineIsRejected() {
    #expect(
      parseError(["--db="], for: WhereCommand.self)
        == "invalid value '' for '--db <path>': the path is empty")
  }

  @Test func commandSeesThePathResolvedAgainstTheWorkingDirectory() {
    #expect(run(["where"], workingDirectory: "/data").output == "/data/quorum.db (defaultValue)\n")
    #expect(
      run(["where"], environment: ["QUORUM_DB": "/tmp/env.db"]).output
        == "/tmp/env.db (environment(\"QUORUM_DB\"))\n")
    #expect(
      run(["where", "--db", "q.db"], environment: ["QUORUM_DB": "/tmp/env.db"]).output
        == "/work/q.db (commandLine)\n")
  }
}

@Suite struct DeclarationTests {
  private func definitions(_ specs: [any ArgumentSpec]) -> [ArgumentDefinition] {
    specs.map(\.definition)
  }

  @Test func consistentDeclarationsHaveNoProblems() {
    #expect(CommandLineParser.declarationProblems(definitions(EchoCommand.arguments)).isEmpty)
  }

  @Test func duplicateAndReservedNamesAreReported() {
    let problems = CommandLineParser.declarationProblems(
      definitions([
        Flag("upper", short: "u", help: ""), Option<Int>("upper", default: 1, help: ""),
        Flag("help", help: ""), Flag("x", short: "h", help: ""), Flag("y", short: "u", help: ""),
        Flag("a=b", help: ""),
      ]))
    #expect(
      problems == [
        "'--upper' is declared twice", "'--help' is reserved",
        "short name '-h' is declared twice or reserved",
        "short name '-u' is declared twice or reserved", "'--a=b' is not a valid name",
      ])
  }

  @Test func positionalOrderProblemsAreReported() {
    let problems = CommandLineParser.declarationProblems(
      definitions([
        Positional<String>("a", default: "", help: ""), Positional<String>("b", help: ""),
        PositionalList<String>("c", help: ""), Positional<String>("d", default: "", help: ""),
      ]))
    #expect(
      problems == [
        "required '<b>' follows an optional positional",
        "'<d>' follows a trailing list positional",
      ])
  }

  @Test func anOptionAndAPositionalMayShareAName() {
    let problems = CommandLineParser.declarationProblems(
      definitions([Positional<String>("format", help: ""), Flag("format", help: "")]))
    #expect(problems.isEmpty)
  }
}

@Suite struct DashValueTests {
  @Test func valueStartingWithADashMustBeAttachedWithEquals() throws {
    #expect(
      parseError(["--db", "-odd.db"], for: WhereCommand.self) == "missing value for '--db <path>'")
    #expect(
      try parse(["--db=-odd.db"], for: WhereCommand.self)[StandardOptions.database] == "-odd.db")
  }
}
