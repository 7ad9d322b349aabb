import QuorumAnalytics

/// The options every `quorum report` subcommand takes, parsed and checked together.
struct ReportSettings: Sendable {
  static let out = Option<String>(
    "out", valueName: "dir", default: "reports",
    help: "The folder to write into, created when missing.",
    validate: { $0.isEmpty ? "the path is empty" : nil })
  static let asOf = Option<Timestamp?>(
    "as-of", valueName: "date", default: nil,
    help: "Compute as of this date (default: --to, else the latest date in the data).")
  static let from = Option<Timestamp?>(
    "from", valueName: "date", default: nil,
    help: "First day of the leads, deals and spend to report on (default: all).")
  static let to = Option<Timestamp?>(
    "to", valueName: "date", default: nil,
    help: "Last day of the leads, deals and spend to report on (default: all).")
  static let formats = OptionList<ReportFormat>(
    "format", default: [.html, .csv], help: "Which files to write: html, csv or both.")
  static let attribution = Option<AttributionModel>(
    "attribution", default: .firstTouch,
    help: "How the cost report credits leads and deals to channels and campaigns.")
  static let bands = Option<ScoreBanding>(
    "bands", valueName: "deciles|edges", default: .deciles,
    help: "Score bands: deciles, or interior edges such as 20,40,60,80.")
  static let target = Option<Double?>(
    "target", valueName: "amount", default: nil,
    help: "A pipeline target amount to measure open-pipeline coverage against.",
    validate: { ($0 ?? 1) > 0 ? nil : "must be a positive amount" })
  static let stamp = Flag(
    "stamp",
    help: "Print the generation time on every page (default: none, so reruns are identical).")

  /// The options, in the order the usage line shows them.
  static var arguments: [any ArgumentSpec] {
    [
      out, asOf, from, to, formats, attribution, bands, target, stamp, ModelResolution.option,
      StandardOptions.database, StandardOptions.quiet,
    ]
  }

  var out: String
  var asOf: Timestamp?
  var window: ReportingWindow
  var formats: Set<ReportFormat>
  var attribution: AttributionModel
  var banding: ScoreBanding
  var target: Double?
  var stamp: Bool
  var modelPath: String?
  var database: String

  /// Reads the options; a window that ends before it starts, or an as-of date before the
  /// window, is a usage error.
  init(arguments: ParsedArguments) throws {
    out = arguments[Self.out]
    asOf = arguments[Self.asOf]
    let from = arguments[Self.from]
    do {
      window = try ReportingWindow(from: from, to: arguments[Self.to])
    } catch {
      throw CommandError.usage("'--from' must not be after '--to': \(error)")
    }
    if let asOf, let from, asOf.daysSince1970 < from.daysSince1970 {
      throw CommandError.usage("'--as-of' (\(asOf.isoDate)) is before '--from' (\(from.isoDate))")
    }
    formats = Set(arguments[Self.formats])
    attribution = arguments[Self.attribution]
    banding = arguments[Self.bands]
    target = arguments[Self.target]
    stamp = arguments[Self.stamp]
    modelPath = arguments[ModelResolution.option]
    database = arguments[StandardOptions.database]
  }
}
