#if canImport(Glibc)
  import Glibc
#endif

/// The import's side work (checksums, activity timelines) runs at the lowest priority: on a
/// machine with two cores it fills the time the parsing thread leaves idle instead of
/// taking turns with the SQLite thread, which bounds the import's time.
enum IdlePriority: Sendable {
  /// Lowers the calling thread's scheduling priority (Linux: a per-thread nice of 19;
  /// elsewhere nothing).
  static func lowerCurrentThread() {
    #if canImport(Glibc)
      // On Linux the nice value is per thread, and `who == 0` is the calling thread.
      _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
    #endif
  }
}
