/// `quorum report cost`: writes `cost-per-qualified-lead.html` and its CSV files.
struct ReportCostCommand: ReportSubcommand {
  static let configuration = CommandConfiguration(
    name: "cost",
    abstract: "Spend per lead, MQL, SQL, deal and won deal by channel, campaign and quarter.")
  static let reports: [ReportKind] = [.cost]
  let settings: ReportSettings

  init(settings: ReportSettings) { self.settings = settings }
}
