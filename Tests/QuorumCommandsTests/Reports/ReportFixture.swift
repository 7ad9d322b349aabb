import Foundation

@testable import QuorumCommands

/// A tiny CRM export written into a temporary folder and imported into a fresh database,
/// with a hostile account name (`<script>alert(1)</script>`) and a formula-like one
/// (`=1+2`), for running `quorum report` in-process.
final class ReportFixture {
  /// The temporary folder holding `export/`, `quorum.db` and the report folders.
  let folder: URL
  /// The database path.
  var database: String { folder.appendingPathComponent("quorum.db").path }
  /// The as-of date every run uses.
  static let asOf = "2025-06-30"

  static let hostileName = "<script>alert(1)</script>"
  static let formulaName = "=1+2"

  static let files: [String: String] = [
    "accounts.csv": """
    account_id,name,domain,industry,employees,annual_revenue,country,created_at
    A1,Acme,acme.com,Software,500,20000000,United States,2024-01-01
    A2,"\(hostileName)",beta.de,Retail,100,5000000,Germany,2024-01-01
    A3,"\(formulaName)",gamma.io,Software,2000,150000000,Canada,2024-01-01

    """,
    "contacts.csv": """
    contact_id,account_id,email,first_name,last_name,title,source,campaign_id,created_at
    C1,A1,ann@acme.com,Ann,Lee,VP Finance,webinar,WEB-1,2024-02-01
    C2,A1,bob@acme.com,Bob,Ray,IT Director,paid_search,PS-1,2024-02-10
    C3,A2,cy@beta.de,Cy,Kim,Head of Operations,paid_search,PS-1,2024-03-01
    C4,A3,di@gamma.io,Di,Moe,CFO,webinar,WEB-1,2024-03-05
    C5,A3,ed@gamma.io,Ed,Fox,Engineer,referral,,2024-04-01

    """,
    "activities.csv": """
    contact_id,occurred_at,type,campaign_id
    C1,2024-02-05T10:00:00Z,webinar_attended,WEB-1
    C1,2024-03-01T10:00:00Z,demo_requested,
    C1,2024-03-02T10:00:00Z,pricing_page_view,
    C2,2024-02-20T10:00:00Z,whitepaper_download,PS-1
    C3,2024-03-10T10:00:00Z,pricing_page_view,
    C3,2024-03-11T10:00:00Z,demo_requested,
    C4,2024-03-20T10:00:00Z,meeting,
    C4,2024-04-02T10:00:00Z,roi_calculator,WEB-1
    C5,2024-04-03T10:00:00Z,trial_signup,
    C5,2025-05-01T10:00:00Z,product_usage,

    """,
    "opportunities.csv": """
    opportunity_id,account_id,created_at,status,closed_at,stage,amount,source,campaign_id
    O1,A1,2024-03-15,won,2024-05-01,Closed Won,40000,webinar,WEB-1
    O2,A2,2024-03-20,lost,2024-06-15,Closed Lost,15000,paid_search,PS-1
    O3,A2,2025-01-10,open,,Proposal,20000,paid_search,PS-1
    O4,A3,2024-04-10,won,2024-07-20,Closed Won,90000,webinar,WEB-1
    O5,A3,2024-09-01,open,,Negotiation,50000,referral,

    """,
    "opportunity_contacts.csv": """
    opportunity_id,contact_id,role,is_primary
    O1,C1,economic_buyer,true
    O4,C4,champion,true

    """,
    "qualifications.csv": """
    subject_type,subject_id,criterion,value,assessed_at
    opportunity,O5,budget,met,2024-09-05
    opportunity,O5,authority,met,2024-09-05
    opportunity,O5,need,unknown,2024-09-05
    contact,C3,budget,met,2024-03-12

    """,
    "spend.csv": """
    channel,period_start,period_end,amount,campaign_id
    webinar,2024-01-01,2024-03-31,9000,WEB-1
    paid_search,2024-02-01,2024-04-30,6000,PS-1
    events,2024-01-01,2024-06-30,12000,EVT-1

    """,
  ]

  /// Writes the export (only the `only` files, when given) into a new temporary folder;
  /// `imported` also imports it.
  init(imported: Bool = true, only: Set<String>? = nil) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quorum-report-tests-\(UUID().uuidString)")
    let export = folder.appendingPathComponent("export")
    try FileManager.default.createDirectory(at: export, withIntermediateDirectories: true)
    for (name, text) in Self.files where only?.contains(name) ?? true {
      try Data(text.utf8).write(to: export.appendingPathComponent(name))
    }
    if imported {
      let result = run(["import", export.path, "--db", database], root: RootCommand.self)
      guard result.status == .success else {
        throw FixtureError(message: "import failed: \(result.errors)")
      }
    }
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  /// The export folder.
  var export: String { folder.appendingPathComponent("export").path }

  /// A path inside the temporary folder.
  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// Runs `quorum report KIND --db … --as-of …` plus `arguments`, in-process.
  func report(_ kind: String, _ arguments: [String]) -> RunResult {
    run(
      ["report", kind, "--db", database, "--as-of", Self.asOf] + arguments,
      root: RootCommand.self)
  }

  /// The files of a folder, sorted.
  func files(in name: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path(name)).sorted()
  }

  /// The text of a file in the temporary folder.
  func text(_ name: String) throws -> String {
    try String(contentsOfFile: path(name), encoding: .utf8)
  }

  struct FixtureError: Error {
    var message: String
  }
}
