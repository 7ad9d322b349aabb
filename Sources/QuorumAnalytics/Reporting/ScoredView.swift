/// A qualification view together with the scorer's index it was computed over, so that the
/// reports' point-in-time rescoring (``PointInTimeScores``) reuses the contact matching and
/// grouping instead of indexing the data a second time.
///
/// The view's index leaves out the accounts created after the as-of date, and the contacts
/// created after it; point-in-time rescoring indexes every account and contact. The two
/// give the same scores when every account existed at the as-of date (created by then, or
/// of unknown creation): the accounts then match the same, and a contact created later is
/// never visible at an instant up to the as-of date, whatever its match. Otherwise the
/// data is indexed afresh.
///
/// ```swift
/// var scored = try ScoredView(pipeline: QualificationPipeline(model: model), data: data,
///                             activities: log, asOf: asOf)
/// let scores = try scored.pointInTimeScores()
/// ```
package struct ScoredView: Sendable {
  /// The qualification view as of ``asOf``.
  package var view: QualificationView
  /// The as-of date.
  package var asOf: Timestamp { view.scoring.asOf }
  private let index: ScoringIndex

  /// Runs `pipeline` on `data` with its activities grouped by contact, as of `asOf`.
  ///
  /// - Throws: ``CommitteeError`` when the model's committee settings are invalid.
  package init(
    pipeline: QualificationPipeline, data: CRMData, activities: ActivityLog, asOf: Timestamp
  ) throws(CommitteeError) {
    (view, index) = try pipeline.indexedRun(data, activities: activities, asOf: asOf)
  }

  /// Whether the view's index serves point-in-time rescoring: every account existed at the
  /// as-of date.
  var sharesIndex: Bool {
    index.data.accounts.allSatisfy { ($0.createdAt ?? asOf) <= asOf }
  }

  /// Every lead scored at its creation and every deal at its opening, as of the view's
  /// date (as ``PointInTimeScores/init(data:model:asOf:activities:)`` scores them).
  ///
  /// - Throws: ``CommitteeError`` when the model's committee settings are invalid.
  package func pointInTimeScores() throws(CommitteeError) -> PointInTimeScores {
    let scorer =
      sharesIndex
      ? try PointInTimeScorer(index: index)
      : try PointInTimeScorer(
        data: index.data, model: index.compiled.model, activities: index.log)
    return PointInTimeScores(scorer: scorer, asOf: asOf)
  }
}
