import Foundation
import QuorumAnalytics
import QuorumReports
import QuorumStore

/// What the reports of one `quorum report` run share, computed once: the data and model,
/// the activities grouped by contact (streamed from the database, never held as values),
/// the as-of date and window, the qualification view, and — only when a report needs them —
/// the point-in-time report inputs and the attribution touches.
///
/// Reports are built concurrently from one analysis: everything is immutable once loaded,
/// and the values computed on first use are computed once, under a lock.
final class ReportAnalysis: @unchecked Sendable {
  let session: AnalysisSession
  let settings: ReportSettings
  /// The as-of date: `--as-of`, else the end of the `--to` day, else the latest date in the
  /// data.
  let asOf: Timestamp
  /// The first date in the data (contacts, activities, deals), or `nil` for none.
  let dataStart: Timestamp?
  /// The qualification view as of `asOf`, without its contact scores and personas: no
  /// report reads them (but for the contacts' accounts, ``contactAccounts``), and half a
  /// million of each are better let go.
  var view: QualificationView { scored.view }
  /// The view with the index point-in-time rescoring reuses.
  private let scored: ScoredView
  /// The account each scored contact was matched to, by contact id; `nil` unless a report
  /// reads the point-in-time inputs.
  private let contactAccounts: [String: String]?
  /// The stored model versions (for the model report).
  let storedModels: [ModelStore.Entry]
  private let cacheLock = NSLock()
  private var cachedInputs: ReportInputs?
  private var cachedTouches: [AttributionTouch]?

  /// Loads what every report needs: the data, the activities, the as-of date and the
  /// view; with `readingPointInTime` (a report will read the point-in-time inputs) also the
  /// contacts' accounts those need.
  init(session: AnalysisSession, settings: ReportSettings, readingPointInTime: Bool) throws {
    self.session = session
    self.settings = settings
    let data = session.data
    let activities = session.activities
    let activityTimes = activities.timeRange
    let latest = Self.latestDate(data, activityTimes: activityTimes)
    asOf =
      settings.asOf
      ?? settings.window.last.map {
        Timestamp(
          millisecondsSince1970: Int64($0.daysSince1970 + 1) * Timestamp.millisecondsPerDay - 1)
      } ?? latest ?? Timestamp(millisecondsSince1970: 0)
    dataStart = Self.earliestDate(data, activityTimes: activityTimes)
    var scored: ScoredView
    do {
      scored = try ScoredView(
        pipeline: QualificationPipeline(model: session.model, explainsContacts: false), data: data,
        activities: activities, asOf: asOf)
    } catch {
      throw CommandError.data("scoring model '\(session.modelOrigin)': \(error)")
    }
    contactAccounts = readingPointInTime ? ReportInputs.contactAccounts(of: scored.view) : nil
    scored.view.scoring.contacts = []
    scored.view.personas = [:]
    self.scored = scored
    storedModels = try StoreAccess.run { try ModelStore(database: session.database).all() }
  }

  var model: ScoringModel { session.model }
  var data: CRMData { session.data }

  /// The loaded and computed values without the database, for
  /// ``CommandContext/keepUntilExit(_:)``.
  var analysisValues: any Sendable {
    cacheLock.withLock {
      (session.analysisValues, scored, contactAccounts, cachedInputs, cachedTouches)
    }
  }

  /// The model as every page names it: `quorum-default 1.0.0 (uncalibrated)`.
  var modelLabel: String {
    "\(model.name) \(model.version)" + (model.calibration == nil ? " (uncalibrated)" : "")
  }

  /// Leads and deals scored when they were created, computed on first use.
  func inputs() throws -> ReportInputs {
    cacheLock.lock()
    defer { cacheLock.unlock() }
    return try lockedInputs()
  }

  private func lockedInputs() throws -> ReportInputs {
    if let cachedInputs { return cachedInputs }
    guard let contactAccounts else {
      preconditionFailure("point-in-time inputs read by a report not declared to read them")
    }
    let scores: PointInTimeScores
    do {
      scores = try scored.pointInTimeScores()
    } catch {
      throw CommandError.data("scoring model '\(session.modelOrigin)': \(error)")
    }
    let inputs = ReportInputs(
      data: data, view: view, contactAccounts: contactAccounts, model: model, scores: scores,
      window: settings.window)
    cachedInputs = inputs
    return inputs
  }

  /// The campaign-tagged activities of the leads' contacts, with their campaigns' channels
  /// (``ReportInputs/touches(streaming:)``), streamed from the database on first use.
  func touches() throws -> [AttributionTouch] {
    cacheLock.lock()
    defer { cacheLock.unlock() }
    if let cachedTouches { return cachedTouches }
    let inputs = try lockedInputs()
    let repository = CRMRepository(database: session.database)
    let touches = try StoreAccess.run {
      try inputs.touches { visit in try repository.forEachCampaignActivity(visit) }
    }
    cachedTouches = touches
    return touches
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

  private static func latestDate(
    _ data: CRMData, activityTimes: ClosedRange<Timestamp>?
  ) -> Timestamp? {
    [
      data.contacts.lazy.map(\.createdAt).max(), activityTimes?.upperBound,
      data.opportunities.lazy.map(\.createdAt).max(),
      data.opportunities.lazy.compactMap(\.closedAt).max(),
      data.qualifications.lazy.map(\.assessedAt).max(),
    ].compactMap { $0 }.max()
  }

  private static func earliestDate(
    _ data: CRMData, activityTimes: ClosedRange<Timestamp>?
  ) -> Timestamp? {
    [
      data.contacts.lazy.map(\.createdAt).min(), activityTimes?.lowerBound,
      data.opportunities.lazy.map(\.createdAt).min(),
    ].compactMap { $0 }.min()
  }
}
