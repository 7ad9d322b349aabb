import QuorumAnalytics
import QuorumReports

/// The training set as CSV for notebooks (`quorum calibrate --export-training-set FILE`):
/// `opportunity_id, created_at, label, <features…>`, one row per closed deal in time order,
/// label 1 for won and 0 for lost, feature values at full precision (the shortest text that
/// reads back as the same number). Text is quoted per RFC 4180 and spreadsheet formulas
/// are neutralised.
enum CalibrationTrainingCSV {
  /// The CSV text of `set`.
  static func text(_ set: TrainingSet) -> String {
    let header = ["opportunity_id", "created_at", "label"] + set.features.columnNames
    var text = record(header.map(CSVDocument.neutralizingFormula))
    for (row, deal) in set.deals.enumerated() {
      let fields =
        [
          CSVDocument.neutralizingFormula(deal.opportunityID), deal.createdAt.iso8601,
          deal.won ? "1" : "0",
        ]
        + set.features.row(row).map { "\($0)" }
      text += record(fields)
    }
    return text
  }

  private static func record(_ fields: [String]) -> String {
    fields.map(CSVDocument.quoting).joined(separator: ",") + "\n"
  }
}
