import QuorumAnalytics
import QuorumStore

/// `quorum explain contact|account ID`: where every point of a stored score came from.
struct ExplainCommand: QuorumCommand {
  enum Subject: String, CaseIterable, ArgumentValue {
    case contact
    case account
  }

  static let configuration = CommandConfiguration(
    name: "explain",
    abstract: "Show where every point of a contact's or account's score came from.",
    discussion: """
      Prints the reason codes (feature, value, points) of the stored snapshot, largest first; \
      they add up exactly to the score. Uses the latest 'quorum score' run unless --as-of \
      names one.
      """,
    examples: [
      CommandExample("quorum explain contact C00000042", "A contact's points"),
      CommandExample("quorum explain account A00017 --as-of 2026-09-30", "An account's points"),
    ])

  static let subject = Positional<Subject>(
    "subject", valueName: "contact|account", help: "What to explain.")
  static let id = Positional<String>("id", help: "The contact or account id.")
  static let asOf = Option<Timestamp?>(
    "as-of", valueName: "date", default: nil, help: "The snapshot's as-of date (default: latest).")

  static var arguments: [any ArgumentSpec] { [subject, id, asOf, StandardOptions.database] }

  var subject: Subject
  var id: String
  var asOf: Timestamp?
  var database: String

  init(arguments: ParsedArguments) throws {
    subject = arguments[Self.subject]
    id = arguments[Self.id]
    asOf = arguments[Self.asOf]
    database = arguments[StandardOptions.database]
  }

  func run(context: CommandContext) throws {
    let store = ScoreSnapshotStore(database: try StoreAccess.open(context.resolvedPath(database)))
    guard let run = try StoreAccess.run({ try store.run(asOf: asOf) }) else {
      throw CommandError.data(
        asOf.map { "no score snapshot as of \($0.iso8601); run 'quorum score --as-of …' first" }
          ?? "no score snapshot yet; run 'quorum score' first")
    }
    guard
      let headline = try StoreAccess.run({
        try store.explanation(run: run.id, subject: subject.rawValue, id: id)
      })
    else {
      throw CommandError.data(
        "no \(subject.rawValue) '\(id)' in the snapshot as of \(run.asOf.iso8601)")
    }
    let reasons = headline.reasons
    context.print(
      "\(subject.rawValue) \(id): score \(format(headline.score)), \(subject == .contact ? "stage" : "journey stage") \(headline.stage)"
    )
    context.print("as of \(run.asOf.iso8601), model \(run.modelVersion)")
    context.print("")
    var table = TextTable(columns: ["points", "feature", "value", "detail"], rightAligned: [0, 2])
    for reason in reasons {
      table.add([
        format(reason.points, signed: true), reason.feature, reason.value.map { format($0) } ?? "",
        reason.detail ?? "",
      ])
    }
    table.add([format(reasons.reduce(0) { $0 + $1.points }, signed: true), "= total", "", ""])
    context.print(table.render())
  }

  private func format(_ value: Double, signed: Bool = false) -> String {
    let text = String(format: "%.2f", value)
    return signed && value >= 0 ? "+" + text : text
  }
}
