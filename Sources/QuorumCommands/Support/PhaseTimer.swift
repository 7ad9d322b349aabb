/// Wall-clock laps of a command's phases, for the note `quorum score` and `quorum calibrate`
/// print to standard error (`load 2.10 s, index 0.31 s, training set 0.42 s, …`).
struct PhaseTimer {
  private let clock: @Sendable () -> UInt64
  private var last: UInt64
  private(set) var laps: [(name: String, seconds: Double)] = []

  init(clock: @escaping @Sendable () -> UInt64) {
    self.clock = clock
    last = clock()
  }

  /// Ends the current phase, naming it.
  mutating func lap(_ name: String) {
    let now = clock()
    laps.append((name, Double(now &- last) / 1e9))
    last = now
  }

  /// Every lap as `name 1.23 s`, comma-separated.
  var summary: String {
    laps.map { "\($0.name) " + CalibrationReport.two($0.seconds) + " s" }.joined(separator: ", ")
  }
}
