/// `quorum report all`: writes every report and the index.
struct ReportAllCommand: ReportSubcommand {
  static let configuration = CommandConfiguration(
    name: "all", abstract: "Every report, and index.html linking them.")
  static let reports = ReportKind.allCases
  let settings: ReportSettings

  init(settings: ReportSettings) { self.settings = settings }
}
