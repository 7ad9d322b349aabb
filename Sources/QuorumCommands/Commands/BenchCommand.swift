import Foundation
import QuorumAnalytics
import QuorumStore

/// `quorum bench`: measures the whole job (import, score, calibrate, report) on a cached
/// generated data set, side by side with two `sqlite3` anchors.
struct BenchCommand: QuorumCommand {
  static let configuration = CommandConfiguration(
    name: "bench",
    abstract: "Measure import, scoring, calibration and reports on generated data.",
    discussion: """
      Generates the data set once (cached in ~/.cache/quorum-bench/accounts-N-seed-S, or \
      under $QUORUM_BENCH_CACHE or --cache) and runs each stage as a child process of this \
      quorum binary, measuring wall time, CPU time, rows per second and peak memory. In the \
      same run it times two anchors with the sqlite3 shell: .import of activities.csv into a \
      plain table plus one index on (contact, time), and one full scan of Quorum's \
      activities table; each stage's ratio is against the anchor its target refers to.

      Stages the binary does not have are reported as not available. With --runs K every \
      stage and anchor runs K times, interleaved, and the figures are medians; a ratio is \
      the median of each round's ratio to the anchor timed in that round. Calibrate is \
      also timed up to its fit (training set, lambda search and final fit, without the \
      evaluation), from the phase laps each stage appends to $QUORUM_PHASE_LOG. Prints a \
      table and, last, one line of JSON with everything. Build with -c release first: \
      `swift run -c release quorum bench`.
      """,
    examples: [
      CommandExample(
        "swift run -c release quorum bench import --accounts 50000",
        "The ten-million-activity import against the sqlite3 anchor"),
      CommandExample(
        "quorum bench --accounts 5000 --runs 3", "The whole job, medians of three runs"),
    ])

  static let stageList = PositionalList<BenchStage>(
    "stage", help: "Stages to measure (default: all of them).")
  static let stages = OptionList<BenchStage>(
    "stages", valueName: "list", help: "Stages to measure, comma-separated.")
  static let accounts = Option<Int>(
    "accounts", valueName: "n", default: 5000, help: "Accounts in the generated data set.",
    validate: { $0 > 0 ? nil : "must be at least 1" })
  static let seed = Option<Int>(
    "seed", valueName: "s", default: 1, help: "The generator's seed.",
    validate: { $0 >= 0 ? nil : "must not be negative" })
  static let cache = Option<String?>(
    "cache", valueName: "dir", environment: "QUORUM_BENCH_CACHE", default: nil,
    help: "Where generated data sets are kept (default: ~/.cache/quorum-bench).")
  static let runs = Option<Int>(
    "runs", valueName: "k", default: 1, help: "Runs of each stage; figures are medians.",
    validate: { $0 > 0 ? nil : "must be at least 1" })
  static let executable = Option<String?>(
    "executable", valueName: "path", default: nil,
    help: "The quorum binary to measure (default: this one).")

  static var arguments: [any ArgumentSpec] {
    [stageList, stages, accounts, seed, cache, runs, executable, StandardOptions.quiet]
  }

  var selected: [BenchStage]
  var settings: SyntheticCRMSettings
  var cache: String?
  var runs: Int
  var executable: String?

  init(arguments: ParsedArguments) throws {
    let named = Set(arguments[Self.stageList] + arguments[Self.stages])
    selected = BenchStage.allCases.filter { named.isEmpty || named.contains($0) }
    settings = SyntheticCRMSettings(
      accounts: arguments[Self.accounts], seed: UInt64(arguments[Self.seed]))
    cache = arguments[Self.cache]
    runs = arguments[Self.runs]
    executable = arguments[Self.executable]
  }

  func run(context: CommandContext) throws {
    let binary = try locateBinary(context)
    let root = context.resolvedPath(
      BenchDataset.cacheRoot(explicit: cache, environment: context.environment))
    let dataset = BenchDataset(settings: settings, cacheRoot: root)
    var generateSeconds: Double?
    let marker: BenchDataset.Marker
    if let existing = dataset.completeMarker() {
      context.note("reusing the data set in \(dataset.directory)")
      marker = existing
    } else {
      context.note("generating \(settings.accounts) accounts (seed \(settings.seed))…")
      let start = context.clock()
      marker = try StoreAccess.run { try dataset.generate() }
      generateSeconds = Double(context.clock() - start) / 1e9
      context.note("generated \(dataset.directory)")
    }
    try StoreAccess.run {
      try FileManager.default.createDirectory(
        atPath: dataset.workDirectory, withIntermediateDirectories: true)
    }
    let runner = BenchRunner(
      executable: binary,
      sqliteShell: ExecutableLocator.search("sqlite3", path: context.environment["PATH"]),
      dataset: dataset,
      inputs: BenchStage.Inputs(
        dataset: dataset.directory, database: dataset.workDirectory + "/quorum.db",
        workDirectory: dataset.workDirectory, end: marker.end))
    if runner.sqliteShell == nil {
      context.printError("warning: no sqlite3 shell on PATH: the anchors are skipped")
    }
    if binary.contains("/debug/") {
      context.printError("warning: \(binary) is a debug build; measure a release build")
    }
    var session = BenchSession(runner: runner, marker: marker, stages: selected, context: context)
    let loadBefore = BenchMachine.loadAverage()
    try session.measure(runs: runs)
    let loadAfter = BenchMachine.loadAverage()
    let summary = BenchSummary(
      version: QuorumVersion.current, executable: binary,
      machine: BenchMachine.current(sqliteShell: runner.sqliteVersion()),
      accounts: settings.accounts, seed: settings.seed, runs: runs, dataset: dataset.directory,
      datasetRows: marker.rows, generateSeconds: generateSeconds,
      loadAverage: [loadBefore, loadAfter].compactMap { $0 }, figures: session.figures(),
      importFiles: session.fileRates())
    context.print(
      "quorum bench: \(settings.accounts) accounts, seed \(settings.seed), "
        + "\(runs) run\(runs == 1 ? "" : "s") (medians)")
    context.print(
      "machine: \(summary.machine.description); load average "
        + summary.loadAverage.map { BenchSummary.format($0, 2) }.joined(separator: " → "))
    context.print("binary: \(binary)")
    context.print("")
    context.print(summary.table())
    context.print("")
    context.print(summary.jsonLine())
    if session.hasFailures { throw CommandError.silent(.failure) }
  }

  private func locateBinary(_ context: CommandContext) throws(CommandError) -> String {
    let path = context.environment["PATH"]
    if let executable {
      guard
        let found = ExecutableLocator.resolve(
          context.resolvedPath(executable), workingDirectory: context.workingDirectory, path: path)
      else { throw .usage("'\(executable)' is not an executable file") }
      return found
    }
    guard
      let found = ExecutableLocator.resolve(
        CommandLine.arguments[0], workingDirectory: context.workingDirectory, path: path)
    else { throw .io("cannot find the quorum binary; give it with --executable") }
    return found
  }
}
