#if os(Linux) && canImport(Glibc)
  internal import CMalloc
#endif

/// The C allocator's settings for a `quorum` process: one that builds and lets go of
/// hundreds of megabytes of values (half a million contacts, their scores, the snapshot's
/// byte strings) on every core.
///
/// Every page a process touches for the first time is zeroed by the kernel: `clear_page`
/// was 13 % of `quorum score`'s CPU time at 50,000 accounts in a profile. glibc's defaults
/// add to those pages: they give memory back to the kernel as soon as a few hundred
/// kilobytes at the top of a heap are free, grow a thread's heap a few pages at a time (29,000
/// `mprotect` calls in one `score`), and map each large block afresh. Here freed memory is
/// kept for reuse (up to 1 GiB at a heap's top), heaps grow 64 MiB at a time, and blocks are
/// mapped on their own only from 32 MiB (glibc's largest threshold). Measured on `quorum
/// score` at 50k, six alternated runs: minor page faults 267,000 → 246,000, `mprotect` calls
/// 29,000 → 41, CPU 5.79 → 5.71 s, wall 3.33 → 3.27 s, peak memory 847 → 880 MiB.
///
/// Other platforms and C libraries are left as they are.
enum AllocatorTuning {
  /// Applies the settings to this process (before the work allocates).
  static func apply() {
    #if os(Linux) && canImport(Glibc)
      _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
      _ = mallopt(M_TRIM_THRESHOLD, 1 << 30)
      _ = mallopt(M_TOP_PAD, 64 << 20)
    #endif
  }
}
