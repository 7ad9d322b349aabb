import Foundation
import Testing

@testable import QuorumCommands

@Suite struct BenchTests {
  /// Runs `quorum bench` in-process with the real command tree; the stages it measures are
  /// child processes of `executable`.
  private func bench(_ arguments: [String], cache: URL) -> RunResult {
    run(
      ["bench"] + arguments + ["--cache", cache.path], root: RootCommand.self,
      environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"],
      workingDirectory: cache.path)
  }

  private func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("quorum-bench-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test(.quorumBinaryBuilt)
  func smokeRunMeasuresTheImportOfACachedDataSet() throws {
    let executable = try #require(QuorumBinary.url)
    let cache = try scratch()
    defer { try? FileManager.default.removeItem(at: cache) }

    let result = bench(
      ["import", "--accounts", "200", "--executable", executable.path], cache: cache)

    #expect(result.status == .success, "\(result.errors)")
    let dataset = cache.appendingPathComponent("accounts-200-seed-1")
    #expect(
      FileManager.default.fileExists(
        atPath: dataset.appendingPathComponent(BenchDataset.markerName).path))
    #expect(result.errors.contains("generating 200 accounts"))
    let lines = result.output.split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix("import ") })
    let json = try #require(lines.last)
    let summary = try JSONDecoder().decode(BenchSummary.self, from: Data(json.utf8))
    #expect(summary.accounts == 200)
    #expect(summary.runs == 1)
    let figure = try #require(summary.figures.first { $0.name == "import" })
    #expect(figure.status == .ok)
    #expect(figure.rows == summary.datasetRows.values.reduce(0, +))
    #expect(figure.wallSeconds.count == 1 && (figure.medianWallSeconds ?? 0) > 0)
    #expect(summary.importFiles.map(\.file).first == "accounts")
    #expect(
      summary.importFiles.first { $0.file == "activities" }?.rows
        == summary.datasetRows["activities"])
    let settings = BenchDataset(
      settings: .init(accounts: 200, seed: 1), cacheRoot: cache.path)
    #expect(settings.completeMarker()?.rows == summary.datasetRows)
  }

  /// Calibrate's figure is followed by the part issue 6 times: the process up to its fit,
  /// read back from the phase log, shorter than the whole and compared with the same scan.
  @Test(.quorumBinaryBuilt)
  func smokeRunTimesCalibrateUpToItsFit() throws {
    let executable = try #require(QuorumBinary.url)
    let cache = try scratch()
    defer { try? FileManager.default.removeItem(at: cache) }

    let result = bench(
      ["import", "calibrate", "--accounts", "200", "--executable", executable.path], cache: cache)

    #expect(result.status == .success, "\(result.errors)")
    let json = try #require(result.output.split(separator: "\n").last)
    let figures = try JSONDecoder().decode(BenchSummary.self, from: Data(json.utf8)).figures
    #expect(
      figures.map(\.name) == [
        "import", "calibrate", "calibrate to the fit", "whole job (import+calibrate)",
        "sqlite3 .import+index", "sqlite3 full scan",
      ])
    let whole = try #require(figures.first { $0.name == "calibrate" }?.wallSeconds.first)
    let part = try #require(figures.first { $0.name == "calibrate to the fit" })
    #expect(part.status == .ok && part.anchor == "sqlite3 full scan")
    let seconds = try #require(part.wallSeconds.first)
    #expect(seconds > 0 && seconds < whole)
    #expect(part.ratio != nil || figures.last?.status != .ok)
  }

  @Test func stagesFromPositionalsAndTheListOptionRunInWorkflowOrder() throws {
    let parsed = try parse(
      ["report", "--stages", "score,import"], for: BenchCommand.self)
    let command = try BenchCommand(arguments: parsed)
    #expect(command.selected == [.import, .score, .report])
    let all = try BenchCommand(arguments: try parse([], for: BenchCommand.self))
    #expect(all.selected == BenchStage.allCases)
  }

  @Test func unknownStageIsAUsageError() throws {
    let cache = try scratch()
    defer { try? FileManager.default.removeItem(at: cache) }
    let result = bench(["scoring"], cache: cache)
    #expect(result.status == .usage)
    #expect(result.errors.contains("'scoring'"))
  }

  @Test func anIncompleteDataSetIsNotReused() throws {
    let cache = try scratch()
    defer { try? FileManager.default.removeItem(at: cache) }
    let dataset = BenchDataset(settings: .init(accounts: 3, seed: 9), cacheRoot: cache.path)
    try FileManager.default.createDirectory(
      atPath: dataset.directory, withIntermediateDirectories: true)
    #expect(dataset.completeMarker() == nil)
    let marker = try dataset.generate()
    #expect(dataset.completeMarker() == marker)
    try FileManager.default.removeItem(atPath: dataset.activitiesCSV)
    #expect(dataset.completeMarker() == nil)
  }

  @Test func cacheRootComesFromTheOptionThenTheEnvironmentThenHome() {
    #expect(BenchDataset.cacheRoot(explicit: "/c", environment: ["HOME": "/h"]) == "/c")
    #expect(
      BenchDataset.cacheRoot(
        explicit: nil, environment: ["QUORUM_BENCH_CACHE": "/e", "HOME": "/h"]) == "/e")
    #expect(
      BenchDataset.cacheRoot(explicit: nil, environment: ["HOME": "/h"])
        == "/h/.cache/quorum-bench")
  }

  @Test func figuresAreMediansWithRatesAndRatios() {
    #expect(BenchFigure.median([3, 1, 2]) == 2)
    #expect(BenchFigure.median([4, 1, 3, 2]) == 2.5)
    #expect(BenchFigure.median([]) == nil)
    var figure = BenchFigure(name: "import", isAnchor: false, rows: 1_000, anchor: "a")
    for wall in [2.0, 6.0, 4.0] {
      figure.add(
        ProcessMeasurement(
          wallSeconds: wall, cpuSeconds: wall * 1.5, peakResidentBytes: 100 << 20,
          exitStatus: 0))
    }
    var anchor = BenchFigure(name: "a", isAnchor: true, rows: 1_000)
    anchor.wallSeconds = [10]
    figure.summarize(anchor: anchor)
    #expect(figure.medianWallSeconds == 4)
    #expect(figure.medianCPUSeconds == 6)
    #expect(figure.medianPeakResidentMiB == 100)
    #expect(figure.rowsPerSecond == 250)
    // Three runs against one anchor run do not pair up: the medians' ratio.
    #expect(figure.roundRatios.isEmpty)
    #expect(figure.ratio == 0.4)
  }

  /// Runs in the same round are compared pairwise: a stage of 10, 12 and 8 s beside anchors
  /// of 20, 40 and 20 s (the machine slowed in round 2) is 0.5×, 0.3× and 0.4× round by
  /// round, median 0.4×, where the medians' ratio, 10 / 20, would say 0.5×.
  @Test func ratiosPairEachRunWithTheAnchorOfItsRound() {
    var figure = BenchFigure(name: "score", isAnchor: false, rows: 1, anchor: "scan")
    figure.wallSeconds = [10, 12, 8]
    var anchor = BenchFigure(name: "scan", isAnchor: true, rows: 1)
    anchor.wallSeconds = [20, 40, 20]
    figure.summarize(anchor: anchor)
    #expect(figure.roundRatios == [0.5, 0.3, 0.4])
    #expect(figure.ratio == 0.4)
  }

  @Test func theWholeJobAddsUpEachRoundWhenEveryStageRanEveryRound() {
    #expect(BenchSession.totals([[1, 2, 3], [10, 20, 30]]) == [11, 22, 33])
    // A stage with fewer runs: one total of the medians.
    #expect(BenchSession.totals([[1, 2, 3], [10, 20]]) == [17])
    #expect(BenchSession.totals([]) == [0])
  }

  @Test func tableShowsStagesThatAreNotAvailable() {
    var score = BenchFigure(name: "score", isAnchor: false, rows: 10, anchor: "scan")
    score.status = .notAvailable
    score.detail = "no such command"
    let summary = BenchSummary(
      version: "0", executable: "/q",
      machine: BenchMachine(processors: 2, cpu: "x", memoryGiB: 1, sqliteShell: nil),
      accounts: 1, seed: 1, runs: 1, dataset: "/d", datasetRows: [:], generateSeconds: nil,
      figures: [score], importFiles: [])
    #expect(summary.table().contains("score"))
    #expect(summary.table().contains("not available (no such command)"))
    #expect(BenchSummary.grouped(10_612_345) == "10,612,345")
  }

  @Test func executablesResolveToAbsolutePaths() throws {
    let shell = try #require(ExecutableLocator.search("sh", path: "/usr/bin:/bin"))
    #expect(shell.hasPrefix("/"))
    #expect(ExecutableLocator.resolve("sh", workingDirectory: "/", path: "/usr/bin:/bin") != nil)
    #expect(ExecutableLocator.resolve("no-such-tool-x", workingDirectory: "/", path: "/bin") == nil)
  }
}
