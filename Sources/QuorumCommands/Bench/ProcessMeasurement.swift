import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Wall time, CPU time and peak resident memory of one child process, from the kernel's
/// own accounting (`wait4` rusage), the way `/usr/bin/time -v` measures.
struct ProcessMeasurement: Sendable, Hashable {
  /// Elapsed seconds from spawn to reap.
  var wallSeconds: Double
  /// User plus system CPU seconds.
  var cpuSeconds: Double
  /// Peak resident set size in bytes.
  var peakResidentBytes: Int
  /// The exit status (or 128 + signal).
  var exitStatus: Int32

  /// Runs `arguments[0]` with `arguments[1...]`, output to `logPath` (appended), and
  /// measures it.
  static func run(_ arguments: [String], logPath: String, environment: [String: String]? = nil)
    throws -> ProcessMeasurement
  {
    precondition(!arguments.isEmpty, "a command to run")
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = env.map { strdup($0) } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let code = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
    guard code == 0 else {
      throw CommandError.io("cannot start \(arguments[0]): \(String(cString: strerror(code)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let cpu =
      Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
      + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    let exited = (status & 0x7F) == 0
    return ProcessMeasurement(
      wallSeconds: wall, cpuSeconds: cpu, peakResidentBytes: Int(usage.ru_maxrss) * 1024,
      exitStatus: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F))
  }
}
