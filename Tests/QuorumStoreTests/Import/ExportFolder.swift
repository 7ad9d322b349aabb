import Foundation

@testable import QuorumStore

/// A temporary export folder and database for import tests, removed on deinit.
final class ExportFolder {
  let url: URL
  var path: String { url.path }
  var databasePath: String { url.appendingPathComponent("quorum.db").path }

  init(_ files: [String: String] = [:]) throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("quorum-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files { try write(name, text) }
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func write(_ name: String, _ text: String) throws {
    try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }

  func importOnce(
    mapping: ImportMapping? = nil, strict: Bool = false, failAfterRows: Int? = nil,
    into database: Database? = nil
  ) throws -> ImportReport {
    let database = try database ?? QuorumDatabase.open(path: databasePath)
    var options = Importer.Options(directory: path, mapping: mapping, strict: strict)
    options.failAfterRows = failAfterRows
    return try Importer(database: database, options: options).run()
  }

  /// Imports the folder once and reads the result back: the queries' fixture.
  func importedRepository() throws -> CRMRepository {
    _ = try importOnce()
    return CRMRepository(database: try QuorumDatabase.open(path: databasePath))
  }

  /// Every contract table's rows (and the activity timelines) as text, for before/after
  /// comparisons.
  static func dump(_ database: Database) throws -> String {
    var text = ""
    for table in [
      "accounts", "contacts", "activity_types", "activities", "opportunities",
      "opportunity_contacts", "qualifications", "spend", "activity_timelines",
    ] {
      let count =
        try database.scalar("SELECT count(*) FROM pragma_table_info(?)", [.text(table)]) ?? 0
      let order = (1...count).map(String.init).joined(separator: ", ")
      try database.statement("SELECT * FROM \(table) ORDER BY \(order)").forEachRow { row in
        text +=
          table + ": " + (0..<Int32(count)).map { "\(row.value($0))" }.joined(separator: "|") + "\n"
      }
    }
    return text
  }
}

enum Fixtures {
  static let accounts = """
    account_id,name,domain,industry,employees,annual_revenue,country,crm_owner
    A1,Acme,acme.com,Software,250,12000000.50,US,jane
    A2,Globex,globex.com,Manufacturing,5000,900000000,DE,
    """
  static let contacts = """
    contact_id,account_id,email,title,created_at
    C1,A1,ann@acme.com,CFO,2025-01-05
    C2,A2,bob@globex.com,IT Manager,2025-01-06T10:00:00Z
    C3,,carl@gmail.com,Engineer,2025-02-01
    """
  static let activities = """
    contact_id,occurred_at,type,detail
    C1,2025-03-01T14:05:00Z,pricing_page_view,/pricing
    C1,2025-03-02T09:00:00+02:00,demo_requested,
    C2,2025-03-03,whitepaper_download,guide.pdf
    """
  static let opportunities = """
    opportunity_id,account_id,created_at,status,closed_at,amount
    O1,A1,2025-03-10,won,2025-05-01,50000
    O2,A2,2025-04-01,open,,120000
    """
}
