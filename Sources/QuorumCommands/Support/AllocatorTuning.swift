#if canImport(Glibc)
  internal import CMalloc
#endif

/// The C allocator's settings for a `quorum` process: one that builds and lets go of
/// hundreds of megabytes of values (half a million contacts, their scores, the snapshot's
/// byte strings) on every core.
///
/// glibc's defaults give memory back to the kernel as soon as a few hundred kilobytes at
/// the top of a heap are free, and map each large block afresh (up to a threshold it raises
/// as blocks are freed); memory given back and taken again comes back as new pages, each
/// zeroed by the kernel on first touch: 13 % of `quorum score`'s CPU time at 50,000
/// accounts (`clear_page` in a profile). Here freed memory is kept for reuse (up to 1 GiB at
/// a heap's top), heaps grow 64 MiB at a time, and blocks are mapped on their own only from
/// 32 MiB (glibc's largest threshold). Measured on `quorum score` at 50k, six alternated runs:
/// 5.82 → 5.62 CPU-seconds, 3.33 → 3.23 s, peak memory 847 → 856 MiB.
///
/// Other C libraries are left as they are.
enum AllocatorTuning {
  /// Applies the settings to this process (before the work allocates).
  static func apply() {
    #if canImport(Glibc)
      _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
      _ = mallopt(M_TRIM_THRESHOLD, 1 << 30)
      _ = mallopt(M_TOP_PAD, 64 << 20)
    #endif
  }
}
