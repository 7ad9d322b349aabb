/// `quorum report`: writes the reports as self-contained HTML pages and CSV files.
struct ReportCommand: CommandGroup {
  static let configuration = CommandConfiguration(
    name: "report", abstract: "Write reports as self-contained HTML pages and CSV files.",
    discussion: """
      Each report is NAME.html (inline CSS and SVG charts, no script, nothing fetched) and \
      NAME.csv (plus NAME-<table>.csv for further tables), with index.html linking them: \
      conversion-by-score, cycle-length, cost-per-qualified-lead, pipeline-health, \
      target-accounts and model. Leads and deals are banded by the score they had when \
      they were created, recomputed point in time, never by today's score. The same \
      database and options give byte-identical files (unless --stamp).
      """,
    examples: [
      CommandExample(
        "quorum report all", "Every report into ./reports ('quorum report' alone too)"),
      CommandExample(
        "quorum report conversion --from 2025-01-01 --to 2025-12-31 --bands 20,40,60,80",
        "Conversion of the leads and deals of 2025, in fixed score bands"),
      CommandExample(
        "quorum report cost --attribution linear --format csv --out out/",
        "Cost per qualified lead with linear attribution, CSV only"),
    ],
    subcommands: [
      ReportConversionCommand.self, ReportCycleCommand.self, ReportCostCommand.self,
      ReportPipelineCommand.self, ReportAccountsCommand.self, ReportModelCommand.self,
      ReportAllCommand.self,
    ], defaultSubcommand: ReportAllCommand.self)
}

/// A `quorum report` subcommand: writes some reports with the shared options.
protocol ReportSubcommand: QuorumCommand {
  /// The reports it writes.
  static var reports: [ReportKind] { get }
  /// The parsed options.
  var settings: ReportSettings { get }
  /// Creates the command from its options.
  init(settings: ReportSettings)
}

extension ReportSubcommand {
  /// The shared report options.
  static var arguments: [any ArgumentSpec] { ReportSettings.arguments }

  /// Reads the shared options.
  init(arguments: ParsedArguments) throws {
    self.init(settings: try ReportSettings(arguments: arguments))
  }

  /// Writes the reports.
  func run(context: CommandContext) throws {
    try ReportRun.run(Self.reports, settings: settings, context: context)
  }
}
