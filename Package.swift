// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Quorum",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "quorum", targets: ["quorum"]),
    .library(name: "QuorumAnalytics", targets: ["QuorumAnalytics"]),
    .library(name: "QuorumStore", targets: ["QuorumStore"]),
    .library(name: "QuorumReports", targets: ["QuorumReports"]),
    .library(name: "QuorumCommands", targets: ["QuorumCommands"]),
  ],
  targets: [
    .systemLibrary(
      name: "CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    // glibc's `mallopt` (no library to link: it is libc's).
    .systemLibrary(name: "CMalloc"),
    .target(
      name: "QuorumAnalytics",
      exclude: ["Committee/Committee.md", "Synthetic/SyntheticCRM.md", "Scoring/ScoringModel.md"]),
    .target(name: "QuorumStore", dependencies: ["CSQLite", "QuorumAnalytics"]),
    .target(name: "QuorumReports", dependencies: ["QuorumAnalytics"]),
    .target(
      name: "QuorumCommands",
      dependencies: [
        .target(name: "CMalloc", condition: .when(platforms: [.linux])), "QuorumAnalytics",
        "QuorumStore", "QuorumReports",
      ]
    ),
    .executableTarget(name: "quorum", dependencies: ["QuorumCommands"]),
    .testTarget(
      name: "QuorumAnalyticsTests", dependencies: ["QuorumAnalytics"],
      exclude: ["Metrics/KaplanMeierReference.md"]
    ),
    .testTarget(name: "QuorumStoreTests", dependencies: ["QuorumStore"]),
    .testTarget(name: "QuorumReportsTests", dependencies: ["QuorumReports"]),
    .testTarget(
      name: "QuorumCommandsTests",
      dependencies: ["QuorumCommands", "quorum"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
