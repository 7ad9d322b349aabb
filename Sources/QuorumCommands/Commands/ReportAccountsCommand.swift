/// `quorum report accounts`: writes `target-accounts.html` and its CSV files.
struct ReportAccountsCommand: ReportSubcommand {
  static let configuration = CommandConfiguration(
    name: "accounts",
    abstract: "The ABM target-account ranking with tiers, reasons, gaps and next best actions.")
  static let reports: [ReportKind] = [.accounts]
  let settings: ReportSettings

  init(settings: ReportSettings) { self.settings = settings }
}
