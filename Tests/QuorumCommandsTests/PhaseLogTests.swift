import Foundation
import Testing

@testable import QuorumCommands

@Suite struct PhaseLogTests {
  /// A clock that reads 0, then 1.5 s, then 2.0 s, then 3.0 s: laps of 1.5, 0.5 and 1.0 s.
  private func timer() -> PhaseTimer {
    let ticks = TickList([0, 1_500_000_000, 2_000_000_000, 3_000_000_000])
    var timer = PhaseTimer(clock: { ticks.next() })
    timer.lap("load")
    timer.lap("λ search and fit")
    timer.lap("evaluation")
    return timer
  }

  @Test func reportAppendsEachLapToTheFileTheEnvironmentNames() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("quorum-phases-\(UUID().uuidString).tsv").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let errors = TextBuffer()
    let context = CommandContext(
      standardOutput: TextBuffer().sink, standardError: errors.sink,
      environment: [PhaseTimer.logEnvironmentVariable: path])

    timer().report(command: "calibrate", detail: "9 deals; ", context: context)
    timer().report(command: "score", context: context)

    #expect(errors.text.hasPrefix("calibrate: 9 deals; load 1.50 s"))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      text == """
        calibrate\tload\t1.5
        calibrate\tλ search and fit\t0.5
        calibrate\tevaluation\t1.0
        score\tload\t1.5
        score\tλ search and fit\t0.5
        score\tevaluation\t1.0

        """)
  }

  @Test func reportWritesNoLogWithoutTheVariable() throws {
    let errors = TextBuffer()
    let context = CommandContext(standardOutput: TextBuffer().sink, standardError: errors.sink)
    timer().report(command: "score", context: context)
    #expect(errors.text.hasPrefix("score: load 1.50 s"))
  }

  /// The command's work is done when it reports: a log it cannot write is a warning.
  @Test func anUnwritableLogIsAWarning() {
    let errors = TextBuffer()
    let context = CommandContext(
      standardOutput: TextBuffer().sink, standardError: errors.sink,
      environment: [PhaseTimer.logEnvironmentVariable: "/no/such/folder/phases.tsv"],
      quiet: true)
    timer().report(command: "score", context: context)
    #expect(errors.text == "warning: cannot write the phase log /no/such/folder/phases.tsv\n")
  }

  /// Calibrate's laps of 1.5 (load), 0.5 (fit), 1.0 (evaluation) and 0.25 s (store): 1.25 s
  /// come after the fit; another command's laps and malformed lines do not count.
  @Test func secondsAfterAPhaseAddUpTheCommandsLaterLaps() {
    let log = PhaseLog(
      """
      score\tload\t9
      calibrate\tload\t1.5
      calibrate\tλ search and fit\t0.5
      not a lap
      calibrate\tevaluation\t1.0
      calibrate\tstore\t0.25
      calibrate\tstore\t-1
      """)
    #expect(log.laps.count == 5)
    #expect(log.seconds(after: "λ search and fit", of: "calibrate") == 1.25)
    #expect(log.seconds(after: "store", of: "calibrate") == 0)
    #expect(log.seconds(after: "load", of: "score") == 0)
    #expect(log.seconds(after: "λ search and fit", of: "score") == nil)
    #expect(PhaseLog("").seconds(after: "load", of: "calibrate") == nil)
  }
}

/// A clock's readings, one per call, for a deterministic ``PhaseTimer``.
private final class TickList: @unchecked Sendable {
  private var ticks: [UInt64]
  private let lock = NSLock()

  init(_ ticks: [UInt64]) { self.ticks = ticks }

  func next() -> UInt64 {
    lock.withLock { ticks.isEmpty ? 0 : ticks.removeFirst() }
  }
}
