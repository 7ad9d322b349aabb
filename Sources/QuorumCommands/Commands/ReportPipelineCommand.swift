/// `quorum report pipeline`: writes `pipeline-health.html` and its CSV files.
struct ReportPipelineCommand: ReportSubcommand {
  static let configuration = CommandConfiguration(
    name: "pipeline",
    abstract: "Open pipeline by stage and age, stale deals, trends, velocity and coverage.")
  static let reports: [ReportKind] = [.pipeline]
  let settings: ReportSettings

  init(settings: ReportSettings) { self.settings = settings }
}
