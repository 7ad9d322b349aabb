/// `quorum report cycle`: writes `cycle-length.html` and its CSV files.
struct ReportCycleCommand: ReportSubcommand {
  static let configuration = CommandConfiguration(
    name: "cycle",
    abstract: "Days from opened to closed by score band, segment, source and quarter.")
  static let reports: [ReportKind] = [.cycle]
  let settings: ReportSettings

  init(settings: ReportSettings) { self.settings = settings }
}
