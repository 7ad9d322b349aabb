/// The measurements of one stage or anchor over a benchmark's runs, and the figures
/// reported from them: medians, rows per second, ratio to an anchor.
struct BenchFigure: Codable, Hashable, Sendable {
  /// How the stage or anchor went.
  enum Status: String, Codable, Hashable, Sendable {
    /// Measured.
    case ok
    /// The binary has no such command yet.
    case notAvailable = "not available"
    /// The child exited with an error (see `detail`).
    case failed
    /// Not run (no `sqlite3` shell for an anchor).
    case skipped
  }

  /// `import`, `score`, … or the anchor's name.
  var name: String
  /// Whether it is an anchor rather than a stage.
  var isAnchor: Bool
  var status: Status = .ok
  /// Why it failed or was skipped, and where its log is.
  var detail: String?
  /// Rows processed: every CSV data row for `import`, the activities otherwise.
  var rows: Int
  /// The anchor this is compared with, by name.
  var anchor: String?
  /// Wall seconds of each run.
  var wallSeconds: [Double] = []
  /// CPU (user + system) seconds of each run.
  var cpuSeconds: [Double] = []
  /// Peak resident set of each run, in MiB.
  var peakResidentMiB: [Double] = []
  /// The median of `wallSeconds`.
  var medianWallSeconds: Double?
  /// The median of `cpuSeconds`.
  var medianCPUSeconds: Double?
  /// The median of `peakResidentMiB`.
  var medianPeakResidentMiB: Double?
  /// `rows` over the median wall time.
  var rowsPerSecond: Double?
  /// Each round's wall time over the anchor's in the same round (empty when the runs do
  /// not pair up round by round).
  var roundRatios: [Double] = []
  /// The median of ``roundRatios``: each run compared with the anchor timed beside it, so
  /// that the machine's speed drifting between rounds (20–30 % within minutes on a shared
  /// virtual machine) does not move it; the median wall time over the anchor's when the
  /// runs do not pair up.
  var ratio: Double?

  /// Adds one run's measurement.
  mutating func add(_ measurement: ProcessMeasurement) {
    wallSeconds.append(measurement.wallSeconds)
    cpuSeconds.append(measurement.cpuSeconds)
    peakResidentMiB.append(Double(measurement.peakResidentBytes) / Double(1 << 20))
  }

  /// Fills the medians, rates and the ratio to `anchor` (this figure's anchor, measured,
  /// or `nil`).
  mutating func summarize(anchor: BenchFigure?) {
    medianWallSeconds = Self.median(wallSeconds)
    medianCPUSeconds = Self.median(cpuSeconds)
    medianPeakResidentMiB = Self.median(peakResidentMiB)
    if let wall = medianWallSeconds, wall > 0 { rowsPerSecond = Double(rows) / wall }
    guard let anchor else { return }
    if wallSeconds.count == anchor.wallSeconds.count, anchor.wallSeconds.allSatisfy({ $0 > 0 }) {
      roundRatios = zip(wallSeconds, anchor.wallSeconds).map { $0 / $1 }
      ratio = Self.median(roundRatios)
    } else if let wall = medianWallSeconds, let anchorWall = Self.median(anchor.wallSeconds),
      anchorWall > 0
    {
      ratio = wall / anchorWall
    }
  }

  /// The middle value (the mean of the two middle ones for an even count); `nil` when empty.
  static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count.isMultiple(of: 2)
      ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
  }
}

/// One file of a measured import: rows and seconds as the import recorded them in its
/// `imports` row (medians over runs).
struct BenchFileRate: Codable, Hashable, Sendable {
  /// The contract file, e.g. `activities`.
  var file: String
  /// Data rows read.
  var rows: Int
  /// Seconds from reading its first row to storing its last (files overlap).
  var seconds: Double
  /// `rows / seconds`.
  var rowsPerSecond: Double
}
