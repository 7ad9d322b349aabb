import Foundation

/// Finds executables: the running `quorum` binary as an absolute path, and programs on
/// `PATH`.
enum ExecutableLocator {
  /// `argument` (normally `CommandLine.arguments[0]`) as an absolute, symlink-free path:
  /// relative paths against `workingDirectory`, bare names through `PATH`.
  static func resolve(_ argument: String, workingDirectory: String, path: String?) -> String? {
    let candidate: String?
    if argument.hasPrefix("/") {
      candidate = argument
    } else if argument.contains("/") {
      candidate = (workingDirectory as NSString).appendingPathComponent(argument)
    } else {
      candidate = search(argument, path: path)
    }
    guard let candidate, FileManager.default.isExecutableFile(atPath: candidate) else {
      return nil
    }
    return (candidate as NSString).resolvingSymlinksInPath
  }

  /// The first executable named `name` in the colon-separated `path`.
  static func search(_ name: String, path: String?) -> String? {
    for directory in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
      let candidate = (String(directory) as NSString).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}
