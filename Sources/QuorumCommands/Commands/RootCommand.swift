/// `quorum`: the top of the command tree; its help is the tool's front page.
struct RootCommand: CommandGroup {
  /// Name, overview, workflow examples and the registered commands.
  static let configuration = CommandConfiguration(
    name: "quorum",
    abstract: "Account-based lead-qualification analytics for B2B revenue teams.",
    discussion: """
      Quorum loads an export of your CRM and marketing data (a folder of CSV files) into a \
      SQLite database, rolls every contact up into its account and buying committee, scores \
      and stages every contact and account with each point explained, calibrates the \
      scoring weights against the deals you actually won and lost, ranks target accounts \
      for account-based marketing, and writes reports as self-contained HTML and CSV.

      The workflow is import, score, calibrate, rank, report; 'quorum demo' runs all of it \
      on the bundled sample. Commands use ./quorum.db unless --db or QUORUM_DB names \
      another database. Exit status: 0 success, 64 usage error, 65 data error, 1 I/O or \
      other failure.
      """,
    examples: [
      CommandExample(
        "quorum import notebooks-data/sample",
        "Load a CRM export (a folder of CSV files) into ./quorum.db"),
      CommandExample(
        "quorum score", "Score and stage every contact and account, with buying committees"),
      CommandExample(
        "quorum calibrate", "Fit the scoring weights to won and lost deals, validated out of time"),
      CommandExample("quorum rank --top 50", "The 50 best target accounts for ABM, with reasons"),
      CommandExample("quorum report all --out reports/", "Write every report as HTML and CSV"),
      CommandExample("quorum demo", "All of the above on the bundled sample"),
    ],
    subcommands: CommandRegistry.topLevel,
    version: QuorumVersion.current)
}
