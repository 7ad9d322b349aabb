#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `quorum` command-line tool.
public enum Quorum {
  /// Runs the tool with the process's arguments and exits with its status.
  public static func main() -> Never {
    exit(0)
  }
}
