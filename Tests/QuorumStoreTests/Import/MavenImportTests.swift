import Foundation
import Testing

@testable import QuorumStore

/// The real public Maven Analytics CRM data set imports through the shipped mapping file,
/// with every one of its 8,800 pipeline rows stored or rejected with a reason.
@Suite struct MavenImportTests {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let dataset = packageRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/datasets/maven-crm")

  @Test(.enabled(if: FileManager.default.fileExists(atPath: dataset.path)))
  func everyPipelineRowIsStoredOrRejectedWithAReason() throws {
    let mapping = try ImportMapping.load(
      path: Self.packageRoot.appendingPathComponent("notebooks-data/maven-crm-mapping.json").path)
    let scratch = try ExportFolder()
    let database = try QuorumDatabase.open(path: scratch.databasePath)
    let report = try Importer(
      database: database,
      options: .init(directory: Self.dataset.path, mapping: mapping)
    ).run()
    let pipeline = try #require(report.files.first { $0.file == "opportunities" })
    #expect(pipeline.read == 8_800)
    #expect(pipeline.stored + pipeline.duplicate + pipeline.rejected == 8_800)
    #expect(pipeline.stored > 6_000)
    let accounts = try #require(report.files.first { $0.file == "accounts" })
    #expect(accounts.read == 85 && accounts.rejected == 0)
    #expect(report.rejects.allSatisfy { !$0.message.isEmpty && $0.line > 1 })
    #expect(try database.scalar("SELECT count(*) FROM opportunities WHERE status = 'won'") ?? 0 > 0)
  }
}
