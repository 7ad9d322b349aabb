#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An input/output failure while reading a CSV file: the only error a `CSVReader` throws
/// (bad data is reported on records as `CSVProblem`s instead).
public enum CSVReadError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file could not be opened; `errno` is the system error number.
  case cannotOpen(path: String, errno: Int32)
  /// Reading the file failed; `errno` is the system error number.
  case readFailed(path: String, errno: Int32)

  /// A human-readable description, e.g. `cannot open accounts.csv: No such file or directory`.
  public var description: String {
    switch self {
    case .cannotOpen(let path, let code): "cannot open \(path): \(Self.message(code))"
    case .readFailed(let path, let code): "cannot read \(path): \(Self.message(code))"
    }
  }

  private static func message(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }
}
