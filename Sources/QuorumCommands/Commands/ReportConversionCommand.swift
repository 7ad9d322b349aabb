/// `quorum report conversion`: writes `conversion-by-score.html` and its CSV files.
struct ReportConversionCommand: ReportSubcommand {
  static let configuration = CommandConfiguration(
    name: "conversion",
    abstract:
      "Win rate and lead conversion by the score at creation, with Wilson intervals and lift.")
  static let reports: [ReportKind] = [.conversion]
  let settings: ReportSettings

  init(settings: ReportSettings) { self.settings = settings }
}
