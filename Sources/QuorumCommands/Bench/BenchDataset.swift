import Foundation
import QuorumAnalytics
import QuorumStore

/// The generated export a benchmark runs on, cached outside the repository and keyed by
/// account count and seed: `<cache>/accounts-N-seed-S/`, where the cache is `--cache`, else
/// `$QUORUM_BENCH_CACHE`, else `~/.cache/quorum-bench`.
///
/// The folder counts as complete once `dataset.json` (the settings and rows per file) is in
/// it: the export is written to a temporary sibling folder and renamed into place before
/// that, so an interrupted generation is never reused.
struct BenchDataset: Sendable {
  /// The name of the completeness marker.
  static let markerName = "dataset.json"

  /// What the marker records.
  struct Marker: Codable, Hashable, Sendable {
    var accounts: Int
    var seed: UInt64
    var start: String
    var end: String
    var rows: [String: Int]
  }

  /// The generator settings.
  let settings: SyntheticCRMSettings
  /// The export folder.
  let directory: String

  /// The data set of `settings` under `cacheRoot`.
  init(settings: SyntheticCRMSettings, cacheRoot: String) {
    self.settings = settings
    directory = (cacheRoot as NSString).appendingPathComponent(
      "accounts-\(settings.accounts)-seed-\(settings.seed)")
  }

  /// The cache root: `explicit`, else `$QUORUM_BENCH_CACHE`, else `~/.cache/quorum-bench`.
  static func cacheRoot(explicit: String?, environment: [String: String]) -> String {
    if let explicit, !explicit.isEmpty { return explicit }
    if let variable = environment["QUORUM_BENCH_CACHE"], !variable.isEmpty { return variable }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return (home as NSString).appendingPathComponent(".cache/quorum-bench")
  }

  /// The folder where stages write (databases, rejects, reports).
  var workDirectory: String { (directory as NSString).appendingPathComponent("work") }

  /// `activities.csv` of the export.
  var activitiesCSV: String { (directory as NSString).appendingPathComponent("activities.csv") }

  /// The marker of a complete data set, or `nil`.
  func completeMarker() -> Marker? {
    let path = (directory as NSString).appendingPathComponent(Self.markerName)
    guard let data = FileManager.default.contents(atPath: path),
      let marker = try? JSONDecoder().decode(Marker.self, from: data),
      marker.accounts == settings.accounts, marker.seed == settings.seed,
      ContractFile.allCases.allSatisfy({
        FileManager.default.fileExists(
          atPath: (directory as NSString).appendingPathComponent($0.fileName))
      })
    else { return nil }
    return marker
  }

  /// Generates the export (replacing an incomplete one) and returns its marker.
  func generate() throws -> Marker {
    let fileManager = FileManager.default
    let parent = (directory as NSString).deletingLastPathComponent
    let partial = directory + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
    try fileManager.createDirectory(atPath: parent, withIntermediateDirectories: true)
    try? fileManager.removeItem(atPath: partial)
    let summary = try CRMExporter.generate(
      settings: settings, to: URL(fileURLWithPath: partial))
    let marker = Marker(
      accounts: settings.accounts, seed: settings.seed,
      start: settings.start.isoDate, end: settings.end.isoDate,
      rows: Dictionary(
        uniqueKeysWithValues: ContractFile.allCases.map { ($0.rawValue, summary[$0]) }))
    try? fileManager.removeItem(atPath: directory)
    try fileManager.moveItem(atPath: partial, toPath: directory)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    try encoder.encode(marker).write(
      to: URL(fileURLWithPath: (directory as NSString).appendingPathComponent(Self.markerName)))
    return marker
  }
}
