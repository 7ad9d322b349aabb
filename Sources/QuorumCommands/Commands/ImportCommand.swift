import Foundation
import QuorumStore

/// `quorum import DIR`: loads a CRM export into the database, atomically, keeping rejects.
struct ImportCommand: QuorumCommand {
  static let configuration = CommandConfiguration(
    name: "import", abstract: "Load a CRM export (a folder of CSV files) into the database.",
    discussion: """
      Reads accounts.csv, contacts.csv, activities.csv, opportunities.csv, \
      opportunity_contacts.csv, qualifications.csv and spend.csv (whichever are present) in \
      one transaction. Every rejected row is reported with its file, line, column and \
      reason, stored in the rejects table and written to rejects.csv next to the database. \
      Importing the same export again changes nothing.
      """,
    examples: [
      CommandExample("quorum import notebooks-data/sample", "Import the bundled sample"),
      CommandExample(
        "quorum import export/ --mapping mapping.json --strict",
        "Import a non-standard export; commit nothing if any row is rejected"),
    ])

  static let directory = Positional<String>("dir", help: "The folder of CSV files.")
  static let mapping = Option<String?>(
    "mapping", valueName: "file", default: nil,
    help: "A JSON mapping of the export's files, headers and values onto the contract.")
  static let strict = Flag(
    "strict", help: "Exit 65 and import nothing if any row is rejected.")
  static let rejects = Option<String?>(
    "rejects", valueName: "path", default: nil,
    help: "Where to write the rejects CSV (default: rejects.csv next to the database).")

  static var arguments: [any ArgumentSpec] {
    [directory, mapping, strict, rejects, StandardOptions.database, StandardOptions.quiet]
  }

  var directory: String
  var mapping: String?
  var strict: Bool
  var rejects: String?
  var database: String

  init(arguments: ParsedArguments) throws {
    directory = arguments[Self.directory]
    mapping = arguments[Self.mapping]
    strict = arguments[Self.strict]
    rejects = arguments[Self.rejects]
    database = arguments[StandardOptions.database]
  }

  func run(context: CommandContext) throws {
    let databasePath = context.resolvedPath(database)
    let rejectsPath = context.resolvedPath(
      rejects
        ?? ((databasePath as NSString).deletingLastPathComponent as NSString)
        .appendingPathComponent("rejects.csv"))
    let mapping = try StoreAccess.run {
      try self.mapping.map { try ImportMapping.load(path: context.resolvedPath($0)) }
    }
    let store = try StoreAccess.open(databasePath)
    let options = Importer.Options(
      directory: context.resolvedPath(directory), mapping: mapping, strict: strict)
    let progress = context.progress("importing rows")
    defer { progress.finish() }
    do {
      let report = try Importer(database: store, options: options).run { _, rows in
        progress.update(completed: rows)
      }
      try publish(report, rejectsPath: rejectsPath, context: context)
    } catch let rejection as StrictModeRejection {
      try publish(rejection.report, rejectsPath: rejectsPath, context: context)
      throw CommandError.data(
        ImportError.rejectedInStrictMode(count: rejection.report.rejectedCount).description)
    } catch {
      try StoreAccess.run { throw error }
    }
  }

  private func publish(_ report: ImportReport, rejectsPath: String, context: CommandContext) throws
  {
    try StoreAccess.run { try RejectsFile.write(report, to: rejectsPath) }
    context.print(ImportSummaryText.render(report, rejectsPath: rejectsPath))
  }
}
