import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Wall-clock laps of a command's phases and the process's peak memory after each, for
/// the note `quorum score` and `quorum calibrate` print to standard error
/// (`load 2.10 s (peak 410 MB), index 0.31 s (peak 520 MB), …`).
struct PhaseTimer {
  private let clock: @Sendable () -> UInt64
  private var last: UInt64
  private(set) var laps: [(name: String, seconds: Double, peakBytes: Int?)] = []

  init(clock: @escaping @Sendable () -> UInt64) {
    self.clock = clock
    last = clock()
  }

  /// Ends the current phase, naming it.
  mutating func lap(_ name: String) {
    let now = clock()
    laps.append((name, Double(now &- last) / 1e9, Self.peakResidentBytes()))
    last = now
  }

  /// Every lap as `name 1.23 s (peak 410 MB)`, comma-separated.
  var summary: String {
    laps.map { lap in
      let peak = lap.peakBytes.map { " (peak \($0 / 1_000_000) MB)" } ?? ""
      return "\(lap.name) " + CalibrationReport.two(lap.seconds) + " s" + peak
    }.joined(separator: ", ")
  }

  /// The process's peak resident set so far, when the system reports it.
  private static func peakResidentBytes() -> Int? {
    var usage = rusage()
    #if canImport(Darwin)
      guard getrusage(RUSAGE_SELF, &usage) == 0 else { return nil }
      return Int(usage.ru_maxrss)  // bytes on Darwin
    #else
      guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return nil }
      return Int(usage.ru_maxrss) * 1024  // KiB on Linux
    #endif
  }
}
