/// `quorum report model`: writes `model.html` and its CSV files.
struct ReportModelCommand: ReportSubcommand {
  static let configuration = CommandConfiguration(
    name: "model", abstract: "The scoring model's points and how well it predicts won deals.")
  static let reports: [ReportKind] = [.model]
  let settings: ReportSettings

  init(settings: ReportSettings) { self.settings = settings }
}
