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
  /// The timed parts of the stages that have one (``BenchStage/timedPart``), by stage.
  private var partFigures: [BenchStage: BenchFigure] = [:]
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
      if let part = stage.timedPart {
        partFigures[stage] = BenchFigure(
          name: part.name, isAnchor: false, rows: activities, anchor: stage.anchor?.rawValue)
      }
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
        mark(stage, .notAvailable, "no such command")
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

  /// Stages in workflow order, each followed by its timed part when it has one, a total
  /// for the whole job when more than one stage ran, then the anchors; medians and ratios
  /// filled in.
  func figures() -> [BenchFigure] {
    var anchors = BenchAnchor.allCases.compactMap { anchorFigures[$0] }
    for index in anchors.indices { anchors[index].summarize(anchor: nil) }
    func anchor(_ name: String?) -> BenchFigure? {
      anchors.first { $0.name == name && $0.status == .ok && !$0.wallSeconds.isEmpty }
    }
    func summarized(_ figure: BenchFigure) -> BenchFigure {
      var figure = figure
      figure.summarize(anchor: anchor(figure.anchor))
      return figure
    }
    let measured = stages.compactMap { stageFigures[$0] }.map(summarized)
      .filter { $0.status == .ok && $0.medianWallSeconds != nil }
    var result: [BenchFigure] = stages.flatMap { stage in
      [stageFigures[stage], partFigures[stage]].compactMap { $0.map(summarized) }
    }
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
    let (measurement, log, phases) = try runner.run(stage)
    if measurement.exitStatus == 0 {
      stageFigures[stage]?.add(measurement)
      context.note(
        prefix + "\(stage.rawValue): \(BenchSummary.format(measurement.wallSeconds, 2)) s")
      if let part = stage.timedPart { record(part, of: stage, measurement, phases) }
    } else {
      mark(stage, .failed, "exit \(measurement.exitStatus), see \(log)")
      hasFailures = true
      context.printError("error: \(stage.rawValue) exited \(measurement.exitStatus); see \(log)")
    }
  }

  /// Marks `stage` and its timed part as not measured.
  private mutating func mark(_ stage: BenchStage, _ status: BenchFigure.Status, _ detail: String) {
    stageFigures[stage]?.status = status
    stageFigures[stage]?.detail = detail
    partFigures[stage]?.status = status
    partFigures[stage]?.detail = detail
  }

  /// Adds the wall time of `stage`'s timed part in this run: the whole process less the
  /// laps after the part's last phase. Without that lap in any round (a binary that writes
  /// no phase log) the part is not available, and its earlier rounds are dropped.
  private mutating func record(
    _ part: (name: String, lastPhase: String), of stage: BenchStage,
    _ measurement: ProcessMeasurement, _ phases: PhaseLog
  ) {
    guard partFigures[stage]?.status == .ok else { return }
    guard let after = phases.seconds(after: part.lastPhase, of: stage.rawValue) else {
      partFigures[stage]?.status = .notAvailable
      partFigures[stage]?.detail = "no '\(part.lastPhase)' lap in its phase log"
      partFigures[stage]?.wallSeconds = []
      return
    }
    partFigures[stage]?.wallSeconds.append(max(measurement.wallSeconds - after, 0))
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
    let (measurement, log, _) = try runner.run(.import)
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
