/// The laps a timed command appended to its phase log (``PhaseTimer/report(command:detail:context:)``
/// with `QUORUM_PHASE_LOG` set), one `command<TAB>phase<TAB>seconds` line a lap.
///
/// ```swift
/// let log = PhaseLog("calibrate\tload\t1.5\ncalibrate\tevaluation\t1.0\n")
/// log.seconds(after: "load", of: "calibrate")  // 1.0
/// ```
struct PhaseLog: Hashable, Sendable {
  /// One lap.
  struct Lap: Hashable, Sendable {
    var command: String
    var phase: String
    var seconds: Double
  }

  /// The laps, in the order written; lines that are not a lap are skipped.
  let laps: [Lap]

  init(_ text: String) {
    laps = text.split(separator: "\n").compactMap { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 3, let seconds = Double(fields[2]), seconds >= 0 else { return nil }
      return Lap(command: String(fields[0]), phase: String(fields[1]), seconds: seconds)
    }
  }

  /// The seconds of `command`'s laps after its lap `phase`; `nil` when it has no such lap.
  func seconds(after phase: String, of command: String) -> Double? {
    let own = laps.filter { $0.command == command }
    guard let position = own.firstIndex(where: { $0.phase == phase }) else { return nil }
    return own[(position + 1)...].reduce(0) { $0 + $1.seconds }
  }
}
