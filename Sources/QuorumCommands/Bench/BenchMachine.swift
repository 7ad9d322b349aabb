import Foundation

/// The machine a benchmark ran on, as reported with its figures.
struct BenchMachine: Codable, Hashable, Sendable {
  /// Logical processors available to the process.
  var processors: Int
  /// The CPU model (`model name` in `/proc/cpuinfo`), or `unknown`.
  var cpu: String
  /// Physical memory in GiB.
  var memoryGiB: Double
  /// `sqlite3 --version` of the shell used for the anchors, if found.
  var sqliteShell: String?

  /// The 1-minute load average (`/proc/loadavg`), a sign of other work competing for the
  /// processors; `nil` where unknown.
  static func loadAverage() -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else {
      return nil
    }
    return text.split(separator: " ").first.flatMap { Double($0) }
  }

  /// The machine this process runs on.
  static func current(sqliteShell: String?) -> BenchMachine {
    let info = ProcessInfo.processInfo
    return BenchMachine(
      processors: info.activeProcessorCount, cpu: cpuModel() ?? "unknown",
      memoryGiB: (Double(info.physicalMemory) / Double(1 << 30) * 10).rounded() / 10,
      sqliteShell: sqliteShell)
  }

  private static func cpuModel() -> String? {
    guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else {
      return nil
    }
    for line in text.split(separator: "\n") where line.hasPrefix("model name") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return nil
  }

  /// One line for the report: `2 × AMD EPYC, 23.5 GiB, sqlite3 3.40.1`.
  var description: String {
    "\(processors) × \(cpu), \(memoryGiB) GiB"
      + (sqliteShell.map { ", sqlite3 \($0)" } ?? ", no sqlite3 shell")
  }
}
