/// The status the `quorum` process exits with.
///
/// Quorum follows BSD `sysexits.h` where a code fits: usage errors exit 64 (`EX_USAGE`) and
/// bad input data exits 65 (`EX_DATAERR`). I/O failures (a file that cannot be read or
/// written, a database that cannot be opened) exit 1, the generic failure status, as the
/// product's import contract requires; `EX_IOERR` (74) is deliberately not used.
///
/// ```swift
/// ExitCode.usage.rawValue  // 64
/// ```
public struct ExitCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  /// The numeric status passed to `exit(3)`.
  public var rawValue: Int32

  /// Creates an exit code from its numeric status.
  public init(rawValue: Int32) {
    self.rawValue = rawValue
  }

  /// The command did what it was asked (0).
  public static let success = ExitCode(rawValue: 0)

  /// A runtime failure, including every I/O failure (1).
  public static let failure = ExitCode(rawValue: 1)

  /// The command line was wrong: unknown option, missing or invalid argument (64, `EX_USAGE`).
  public static let usage = ExitCode(rawValue: 64)

  /// The input data was wrong: a malformed file, a rejected row under `--strict`
  /// (65, `EX_DATAERR`).
  public static let dataError = ExitCode(rawValue: 65)

  /// The numeric status as text, e.g. `"64"`.
  public var description: String { String(rawValue) }
}
