/// The reasons a scoring run handed to its recorders (``ReasonRecorder``), and which
/// recorded row belongs to which contact and account of its ``ScoringResult``.
///
/// The recorders' contact rows, one recorder after the other, are the run's contacts in
/// the order it scored them (account by account); the result lists its contacts by ID, and
/// ``contactRows`` maps one order to the other. Their account rows, one recorder after the
/// other, are the result's accounts in order.
package struct RecordedReasons<Recorder: ReasonRecorder>: Sendable {
  /// The recorders, in scoring order.
  package let recorders: [Recorder]
  /// For each contact of the result, in its order, the contact's row among the recorders'
  /// contact rows taken one recorder after the other.
  package let contactRows: [Int32]

  /// Recorded reasons: `recorders` in scoring order and, for each contact of the result,
  /// its row among their contact rows.
  package init(recorders: [Recorder], contactRows: [Int32]) {
    self.recorders = recorders
    self.contactRows = contactRows
  }
}
