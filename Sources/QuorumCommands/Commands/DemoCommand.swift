import Foundation
import QuorumAnalytics

/// `quorum demo`: the whole workflow on the bundled sample — import into a fresh database,
/// score, calibrate, rank — ending with every report in `reports/`.
struct DemoCommand: QuorumCommand {
  static let configuration = CommandConfiguration(
    name: "demo", abstract: "Run the whole workflow on the bundled sample and write every report.",
    discussion: """
      Imports notebooks-data/sample into a fresh temporary database (your quorum.db is not \
      touched), scores every contact and account, calibrates the points on the won and lost \
      deals, ranks the target accounts and writes every report into --out, all as of the \
      sample's last day (\(asOf.isoDate)). The reports are the same bytes on every run.
      """,
    examples: [
      CommandExample("swift run -c release quorum demo", "Build and run the demo"),
      CommandExample("quorum demo --out /tmp/quorum-reports", "Write the reports elsewhere"),
    ])

  /// The sample's last day: every step runs as of it, so the reports never depend on the
  /// day the demo is run.
  static let asOf = Timestamp(year: 2026, month: 9, day: 30)

  static let out = Option<String>(
    "out", valueName: "dir", default: "reports", help: "The folder the reports are written to.",
    validate: { $0.isEmpty ? "the path is empty" : nil })
  static let sample = Option<String>(
    "sample", valueName: "dir", default: "notebooks-data/sample",
    help: "The CRM export to run on.", validate: { $0.isEmpty ? "the path is empty" : nil })

  static var arguments: [any ArgumentSpec] { [out, sample, StandardOptions.quiet] }

  var out: String
  var sample: String

  init(arguments: ParsedArguments) throws {
    out = arguments[Self.out]
    sample = arguments[Self.sample]
  }

  /// The steps, each a `quorum` command line run in-process against `database`.
  func steps(database: String) -> [[String]] {
    let date = Self.asOf.isoDate
    return [
      ["import", sample, "--db", database],
      ["score", "--as-of", date, "--db", database],
      ["calibrate", "--as-of", date, "--activate", "--db", database],
      ["rank", "--top", "10", "--as-of", date, "--db", database],
      ["report", "all", "--out", out, "--as-of", date, "--db", database],
    ]
  }

  func run(context: CommandContext) throws {
    let samplePath = context.resolvedPath(sample)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: samplePath, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw CommandError.io(
        "no sample export at '\(samplePath)'; run the demo from the repository root, or "
          + "pass --sample DIR (e.g. one written by 'quorum generate')")
    }
    let scratch = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "quorum-demo-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(
        atPath: scratch, withIntermediateDirectories: true)
    } catch {
      throw CommandError.io("cannot create '\(scratch)': \(error.localizedDescription)")
    }
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let database = (scratch as NSString).appendingPathComponent("quorum.db")
    let runner = CommandRunner(root: RootCommand.self)
    // The steps run one after another in this process: each frees its values when done.
    var stepContext = context
    stepContext.lifetime = nil
    for step in steps(database: database) {
      context.print("==> quorum \(Self.display(step))")
      let status = runner.run(step, context: stepContext)
      guard status == .success else { throw CommandError.silent(status) }
      context.print("")
    }
    let folder = context.resolvedPath(out)
    context.print(
      "Done. Open \((folder as NSString).appendingPathComponent("index.html")) in a browser; "
        + "the CSV files are next to it.")
  }

  /// The step as the user would type it: without the temporary database.
  static func display(_ step: [String]) -> String {
    var words: [String] = []
    var skipNext = false
    for word in step {
      if skipNext {
        skipNext = false
      } else if word == "--db" {
        skipNext = true
      } else {
        words.append(word)
      }
    }
    return words.joined(separator: " ")
  }
}
