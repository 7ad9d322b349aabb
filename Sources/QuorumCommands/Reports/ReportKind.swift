/// The reports `quorum report` writes: their command word, file name, title and the
/// question each answers (the index lists them in this order).
enum ReportKind: String, CaseIterable, Sendable {
  case conversion
  case cycle
  case cost
  case pipeline
  case accounts
  case model

  /// The file name without extension: `conversion-by-score` gives `conversion-by-score.html`,
  /// `conversion-by-score.csv` and `conversion-by-score-<table>.csv`.
  var fileStem: String {
    switch self {
    case .conversion: "conversion-by-score"
    case .cycle: "cycle-length"
    case .cost: "cost-per-qualified-lead"
    case .pipeline: "pipeline-health"
    case .accounts: "target-accounts"
    case .model: "model"
    }
  }

  /// The page title.
  var title: String {
    switch self {
    case .conversion: "Conversion by score"
    case .cycle: "Sales-cycle length"
    case .cost: "Cost per qualified lead"
    case .pipeline: "Pipeline health"
    case .accounts: "Target accounts"
    case .model: "Scoring model"
    }
  }

  /// The question the report answers (the page summary and the index line).
  var question: String {
    switch self {
    case .conversion:
      "Do leads and deals that scored higher when they were created convert and win more often?"
    case .cycle:
      "How long do deals take from opened to closed — by score band, segment, source and quarter?"
    case .cost:
      "What do a lead, an MQL, an SQL, a deal and a won deal cost, by channel, campaign and "
        + "quarter?"
    case .pipeline:
      "How much is open, how old is it, what is stale, and how fast does it turn into revenue?"
    case .accounts:
      "Which target accounts should sales work next, and what is missing at each?"
    case .model:
      "Which points does the scoring model give, and how well does it predict won deals?"
    }
  }

  /// Whether the report reads the point-in-time report inputs (scores at creation): the
  /// model report only for a calibrated model (its holdout forecasts).
  func readsPointInTimeInputs(calibratedModel: Bool) -> Bool {
    switch self {
    case .conversion, .cycle, .cost, .pipeline: true
    case .accounts: false
    case .model: calibratedModel
    }
  }

  /// The page file, `NAME.html`.
  var htmlFile: String { fileStem + ".html" }

  /// The CSV file of a table: `NAME.csv` for the main one, `NAME-<suffix>.csv` otherwise.
  func csvFile(suffix: String?) -> String {
    suffix.map { "\(fileStem)-\($0).csv" } ?? "\(fileStem).csv"
  }
}

/// The file formats `--format` selects.
enum ReportFormat: String, CaseIterable, ArgumentValue {
  case html
  case csv
}
