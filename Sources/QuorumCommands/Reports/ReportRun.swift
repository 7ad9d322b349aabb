import Foundation
import QuorumAnalytics

/// Runs `quorum report …`: loads the data once, builds the reports asked for, writes them
/// and the index, and prints what was written and where to look.
enum ReportRun {
  static func run(_ kinds: [ReportKind], settings: ReportSettings, context: CommandContext)
    throws
  {
    var timer = PhaseTimer(clock: context.clock)
    let session = try AnalysisSession.open(
      databasePath: context.resolvedPath(settings.database), modelPath: settings.modelPath,
      context: context)
    timer.lap("load")
    let readsPointInTime = kinds.contains {
      $0.readsPointInTimeInputs(calibratedModel: session.model.calibration != nil)
    }
    let analysis = try ReportAnalysis(
      session: session, settings: settings, readingPointInTime: readsPointInTime)
    timer.lap("scoring")
    if readsPointInTime {
      _ = try analysis.inputs()
      timer.lap("point-in-time")
    }
    let documents = try buildConcurrently(kinds, analysis)
    timer.lap("pages")
    let folder = context.resolvedPath(settings.out)
    let index = analysis.metadata(
      title: "Quorum reports",
      summary: "Self-contained HTML pages (open them in any browser, print or forward them) "
        + "and CSV files for notebooks.", windowed: false)
    let files = try ReportWriter(folder: folder, formats: settings.formats).write(
      documents, index: index)
    timer.lap("write")
    context.print(
      "wrote \(ProseNumber.count(files.count, "file")) into \(folder) "
        + "(as of \(analysis.asOf.isoDate), model \(analysis.modelLabel))")
    for file in files { context.print("  \(file)") }
    if files.contains("index.html") {
      context.print("open \((folder as NSString).appendingPathComponent("index.html"))")
    }
    timer.report(command: "report", context: context)
    context.keepUntilExit((analysis.analysisValues, documents))
  }

  /// Builds the reports on every core, in `kinds` order; the first failure in that order
  /// is thrown.
  static func buildConcurrently(_ kinds: [ReportKind], _ analysis: ReportAnalysis) throws
    -> [ReportDocument]
  {
    let results = ChunkedWork(count: kinds.count, chunks: max(1, kinds.count)).flatMap { range in
      range.map { index in Result { try build(kinds[index], analysis) } }
    }
    return try results.map { try $0.get() }
  }

  /// Builds one report.
  static func build(_ kind: ReportKind, _ analysis: ReportAnalysis) throws -> ReportDocument {
    switch kind {
    case .conversion: try ConversionReport.build(analysis)
    case .cycle: try CycleLengthReport.build(analysis)
    case .cost: try CostReport.build(analysis)
    case .pipeline: try PipelineReport.build(analysis)
    case .accounts: try TargetAccountsReport.build(analysis)
    case .model: try ModelReport.build(analysis)
    }
  }
}
