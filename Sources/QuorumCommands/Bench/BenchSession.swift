import Foundation
import QuorumStore

/// The rounds of one benchmark: each round times the import anchor, the import, the scan
/// anchor, then the later stages on the database the import made — interleaved, so that a
/// change in the machine's load between rounds touches stages and anchors alike.
struct BenchSession {
  let runner: BenchRunner
  let marker: BenchDataset.Marker
  let stages: [BenchStage]
  let context: CommandContext
  private var stageFigures: [BenchStage: BenchFigure] = [:]
  private var anchorFigures: [BenchAnchor: BenchFigure] = [:]
  private var fileSeconds: [String: [Double]] = [:]
  private var fileRows: [String: Int] = [:]
  /// Whether a stage or anchor failed.
  private(set) var hasFailures = false

  init(
    runner: BenchRunner, marker: BenchDataset.Marker, stages: [BenchStage], context: CommandContext
  ) {
    self.runner = runner
    self.marker = marker
    self.stages = stages
    self.context = context
    let allRows = marker.rows.values.reduce(0, +)
    let activities = marker.rows["activities"] ?? 0
    for stage in stages {
      stageFigures[stage] = BenchFigure(
        name: stage.rawValue, isAnchor: false, rows: stage == .import ? allRows : activities,
        anchor: stage.anchor?.rawValue)
    }
    for anchor in BenchAnchor.allCases {
      var figure = BenchFigure(name: anchor.rawValue, isAnchor: true, rows: activities)
      if runner.sqliteShell == nil {
        figure.status = .skipped
        figure.detail = "no sqlite3 shell"
      }
      anchorFigures[anchor] = figure
    }
  }

  /// Runs `runs` rounds.
  mutating func measure(runs: Int) throws {
    for stage in stages where stage != .import {
      if try !runner.isAvailable(stage) {
        stageFigures[stage]?.status = .notAvailable
        stageFigures[stage]?.detail = "no such command"
      }
    }
    if !stages.contains(.import) {
      try prepareDatabase()
    }
    for round in 1...runs {
      let prefix = runs > 1 ? "run \(round)/\(runs): " : ""
      if runner.sqliteShell != nil { try measure(.sqliteImport, prefix) }
      if stages.contains(.import) {
        try measure(.import, prefix)
        if stageFigures[.import]?.status != .ok { break }
        recordFiles()
      }
      if runner.sqliteShell != nil { try measure(.scan, prefix) }
      for stage in stages where stage != .import && stageFigures[stage]?.status == .ok {
        try measure(stage, prefix)
      }
    }
  }

  /// Stages in workflow order, a total for the whole job when more than one stage ran,
  /// then the anchors; medians and ratios filled in.
  func figures() -> [BenchFigure] {
    var anchors = BenchAnchor.allCases.compactMap { anchorFigures[$0] }
    for index in anchors.indices { anchors[index].summarize(anchor: nil) }
    func anchor(_ name: String?) -> BenchFigure? {
      anchors.first { $0.name == name && $0.status == .ok && !$0.wallSeconds.isEmpty }
    }
    var result: [BenchFigure] = stages.compactMap { stageFigures[$0] }
    for index in result.indices {
      result[index].summarize(anchor: anchor(result[index].anchor))
    }
    let measured = result.filter { $0.status == .ok && $0.medianWallSeconds != nil }
    if measured.count > 1 {
      var job = BenchFigure(
        name: "whole job (" + measured.map(\.name).joined(separator: "+") + ")", isAnchor: false,
        rows: result.first?.rows ?? 0, anchor: BenchAnchor.sqliteImport.rawValue)
      job.wallSeconds = Self.totals(measured.map(\.wallSeconds))
      job.cpuSeconds = Self.totals(measured.map(\.cpuSeconds))
      job.peakResidentMiB = [measured.compactMap(\.medianPeakResidentMiB).max() ?? 0]
      job.summarize(anchor: anchor(job.anchor))
      result.append(job)
    }
    return result + anchors
  }

  /// The whole job's time in each round — the stages' times of that round added up — when
  /// every stage ran every round; else one total, of the stages' medians.
  static func totals(_ stages: [[Double]]) -> [Double] {
    let rounds = stages.first?.count ?? 0
    guard rounds > 0, stages.allSatisfy({ $0.count == rounds }) else {
      return [stages.compactMap(BenchFigure.median).reduce(0, +)]
    }
    return (0..<rounds).map { round in stages.reduce(0) { $0 + $1[round] } }
  }

  /// Per-file import rates, medians over the runs, in import order.
  func fileRates() -> [BenchFileRate] {
    ContractFile.allCases.map(\.rawValue).compactMap { file in
      guard let seconds = fileSeconds[file].flatMap(BenchFigure.median), seconds > 0,
        let rows = fileRows[file]
      else { return nil }
      return BenchFileRate(
        file: file, rows: rows, seconds: seconds, rowsPerSecond: Double(rows) / seconds)
    }
  }

  private mutating func measure(_ stage: BenchStage, _ prefix: String) throws {
    let (measurement, log) = try runner.run(stage)
    if measurement.exitStatus == 0 {
      stageFigures[stage]?.add(measurement)
      context.note(
        prefix + "\(stage.rawValue): \(BenchSummary.format(measurement.wallSeconds, 2)) s")
    } else {
      stageFigures[stage]?.status = .failed
      stageFigures[stage]?.detail = "exit \(measurement.exitStatus), see \(log)"
      hasFailures = true
      context.printError("error: \(stage.rawValue) exited \(measurement.exitStatus); see \(log)")
    }
  }

  private mutating func measure(_ anchor: BenchAnchor, _ prefix: String) throws {
    guard anchorFigures[anchor]?.status == .ok else { return }
    let (measurement, log) = try runner.run(anchor)
    if measurement.exitStatus == 0 {
      anchorFigures[anchor]?.add(measurement)
      context.note(
        prefix + "anchor \(anchor.rawValue): \(BenchSummary.format(measurement.wallSeconds, 2)) s")
    } else {
      anchorFigures[anchor]?.status = .failed
      anchorFigures[anchor]?.detail = "exit \(measurement.exitStatus), see \(log)"
      hasFailures = true
      context.printError("error: sqlite3 exited \(measurement.exitStatus); see \(log)")
    }
  }

  /// Makes sure the later stages have a database when the import is not measured: reuses
  /// the benchmark's database if there is one, else imports once, unmeasured.
  private func prepareDatabase() throws {
    guard !FileManager.default.fileExists(atPath: runner.inputs.database) else {
      context.note("using the database in \(runner.inputs.database)")
      return
    }
    context.note("importing the data set (not measured)…")
    let (measurement, log) = try runner.run(.import)
    guard measurement.exitStatus == 0 else {
      throw CommandError.io("the import exited \(measurement.exitStatus); see \(log)")
    }
  }

  private mutating func recordFiles() {
    for counts in runner.importedFiles() {
      fileSeconds[counts.file, default: []].append(counts.seconds)
      fileRows[counts.file] = counts.read
    }
  }
}

/// The contract files in import order, by name.
