import QuorumAnalytics
import QuorumReports
import QuorumStore

/// What the reports of one `quorum report` run share, computed once: the data and model,
/// the as-of date and window, the qualification view, and — only when a report needs them —
/// the point-in-time report inputs.
final class ReportAnalysis {
  let session: AnalysisSession
  let settings: ReportSettings
  /// The as-of date: `--as-of`, else the end of the `--to` day, else the latest date in the
  /// data.
  let asOf: Timestamp
  /// The first date in the data (contacts, activities, deals), or `nil` for none.
  let dataStart: Timestamp?
  /// The qualification view as of `asOf`.
  let view: QualificationView
  /// The stored model versions (for the model report).
  let storedModels: [ModelStore.Entry]
  private var cachedInputs: ReportInputs?

  init(session: AnalysisSession, settings: ReportSettings) throws {
    self.session = session
    self.settings = settings
    let data = session.data
    let latest = Self.latestDate(data)
    asOf =
      settings.asOf
      ?? settings.window.last.map {
        Timestamp(
          millisecondsSince1970: Int64($0.daysSince1970 + 1) * Timestamp.millisecondsPerDay - 1)
      } ?? latest ?? Timestamp(millisecondsSince1970: 0)
    dataStart = Self.earliestDate(data)
    view = try session.view(asOf: asOf)
    storedModels = try StoreAccess.run { try ModelStore(database: session.database).all() }
  }

  var model: ScoringModel { session.model }
  var data: CRMData { session.data }

  /// The model as every page names it: `quorum-default 1.0.0 (uncalibrated)`.
  var modelLabel: String {
    "\(model.name) \(model.version)" + (model.calibration == nil ? " (uncalibrated)" : "")
  }

  /// Leads and deals scored when they were created, computed on first use.
  func inputs() throws -> ReportInputs {
    if let cachedInputs { return cachedInputs }
    let scores: PointInTimeScores
    do {
      scores = try PointInTimeScores(
        data: data, model: model, asOf: asOf, personas: view.personas)
    } catch {
      throw CommandError.data("scoring model '\(session.modelOrigin)': \(error)")
    }
    let inputs = ReportInputs(
      data: data, view: view, model: model, scores: scores, window: settings.window)
    cachedInputs = inputs
    return inputs
  }

  /// The header of a page: `windowed` pages cover the `--from`/`--to` days, the others all
  /// data up to the as-of date.
  func metadata(_ kind: ReportKind, windowed: Bool) -> ReportPageMetadata {
    metadata(title: kind.title, summary: kind.question, windowed: windowed)
  }

  /// The header of a page or of the index.
  func metadata(title: String, summary: String?, windowed: Bool) -> ReportPageMetadata {
    let window = windowed ? settings.window : .all
    return ReportPageMetadata(
      title: title, summary: summary,
      window: ReportWindow(start: window.first ?? dataStart, end: window.last ?? asOf),
      asOf: asOf, modelVersion: modelLabel, stamp: settings.stamp ? .now : nil)
  }

  /// The score bands of `scores` under `--bands`.
  func bands(of scores: [Double]) throws -> ScoreBands {
    do {
      return try ScoreBands(settings.banding, scores: scores)
    } catch {
      throw CommandError.usage("--bands: \(error)")
    }
  }

  private static func latestDate(_ data: CRMData) -> Timestamp? {
    [
      data.contacts.lazy.map(\.createdAt).max(), data.activities.lazy.map(\.occurredAt).max(),
      data.opportunities.lazy.map(\.createdAt).max(),
      data.opportunities.lazy.compactMap(\.closedAt).max(),
      data.qualifications.lazy.map(\.assessedAt).max(),
    ].compactMap { $0 }.max()
  }

  private static func earliestDate(_ data: CRMData) -> Timestamp? {
    [
      data.contacts.lazy.map(\.createdAt).min(), data.activities.lazy.map(\.occurredAt).min(),
      data.opportunities.lazy.map(\.createdAt).min(),
    ].compactMap { $0 }.min()
  }
}
