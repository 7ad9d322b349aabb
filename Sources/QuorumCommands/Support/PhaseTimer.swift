import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Wall-clock laps of a command's phases, the CPU time the process spent in each (on all
/// cores) and its peak memory after each, for the note `quorum score`, `quorum calibrate`
/// and `quorum report` print to standard error
/// (`load 2.10 s (CPU 3.92 s, peak 410 MB), index 0.31 s (CPU 0.55 s, peak 520 MB), …`).
struct PhaseTimer {
  private let clock: @Sendable () -> UInt64
  private var last: UInt64
  private var lastCPU: Double?
  private(set) var laps: [Lap] = []

  /// One phase.
  struct Lap: Sendable {
    var name: String
    var seconds: Double
    /// User and system time of every thread during the phase, when the system reports it.
    var cpuSeconds: Double?
    /// The process's peak resident set by the end of the phase.
    var peakBytes: Int?
  }

  init(clock: @escaping @Sendable () -> UInt64) {
    self.clock = clock
    last = clock()
    lastCPU = Self.usage()?.cpuSeconds
  }

  /// Ends the current phase, naming it.
  mutating func lap(_ name: String) {
    let now = clock()
    let usage = Self.usage()
    let cpu = lastCPU.flatMap { start in usage.map { $0.cpuSeconds - start } }
    laps.append(
      Lap(
        name: name, seconds: Double(now &- last) / 1e9, cpuSeconds: cpu,
        peakBytes: usage?.peakBytes))
    last = now
    lastCPU = usage?.cpuSeconds
  }

  /// Every lap as `name 1.23 s (CPU 2.01 s, peak 410 MB)`, comma-separated.
  var summary: String {
    laps.map { lap in
      let details =
        (lap.cpuSeconds.map { ["CPU " + CalibrationReport.two($0) + " s"] } ?? [])
        + (lap.peakBytes.map { ["peak \($0 / 1_000_000) MB"] } ?? [])
      let suffix = details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")"
      return "\(lap.name) " + CalibrationReport.two(lap.seconds) + " s" + suffix
    }.joined(separator: ", ")
  }

  /// The environment variable naming a file each timed command appends its laps to, one
  /// `command<TAB>phase<TAB>seconds` line a lap: how `quorum bench` times the part of a
  /// command an issue's target names (calibrate up to its fit).
  static let logEnvironmentVariable = "QUORUM_PHASE_LOG"

  /// Notes `<command>: <detail><summary>` on standard error (unless quiet) and appends the
  /// laps to the file ``logEnvironmentVariable`` names, when it is set. The command's work
  /// is done by then: a log that cannot be written is a warning, not a failure.
  func report(command: String, detail: String = "", context: CommandContext) {
    context.note("\(command): \(detail)\(summary)")
    guard let path = context.environment[Self.logEnvironmentVariable], !path.isEmpty else {
      return
    }
    let file = context.resolvedPath(path)
    do {
      try append(laps.map { "\(command)\t\($0.name)\t\($0.seconds)\n" }.joined(), to: file)
    } catch {
      context.printError("warning: cannot write the phase log \(file)")
    }
  }

  private func append(_ text: String, to file: String) throws {
    if !FileManager.default.fileExists(atPath: file) {
      guard FileManager.default.createFile(atPath: file, contents: nil) else {
        throw CocoaError(.fileWriteNoPermission)
      }
    }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
  }

  /// The process's CPU time so far and its peak resident set, when the system reports them.
  private static func usage() -> (cpuSeconds: Double, peakBytes: Int)? {
    var usage = rusage()
    #if canImport(Darwin)
      guard getrusage(RUSAGE_SELF, &usage) == 0 else { return nil }
      let peak = Int(usage.ru_maxrss)  // bytes on Darwin
    #else
      guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return nil }
      let peak = Int(usage.ru_maxrss) * 1024  // KiB on Linux
    #endif
    func seconds(_ time: timeval) -> Double {
      Double(time.tv_sec) + Double(time.tv_usec) / 1e6
    }
    return (seconds(usage.ru_utime) + seconds(usage.ru_stime), peak)
  }
}
