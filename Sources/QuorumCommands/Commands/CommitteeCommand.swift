import QuorumAnalytics

/// `quorum committee ACCOUNT`: the buying committee of one account.
struct CommitteeCommand: QuorumCommand {
  static let configuration = CommandConfiguration(
    name: "committee",
    abstract: "Show an account's buying committee, champion, gaps and next best actions.",
    discussion: """
      Lists every contact of the account with persona, committee role (explicit from \
      opportunity_contacts, else inferred with a confidence and the evidence) and whether \
      they are engaged; the champion and why; which required roles are covered or missing; \
      and what to do next.
      """,
    examples: [CommandExample("quorum committee A00017 --as-of 2026-09-30", "One account")])

  static let account = Positional<String>("account", help: "The account id.")

  static var arguments: [any ArgumentSpec] { [account] + ScoringOptions.arguments }

  var account: String
  var options: ScoringOptions

  init(arguments: ParsedArguments) throws {
    account = arguments[Self.account]
    options = ScoringOptions(arguments: arguments)
  }

  func run(context: CommandContext) throws {
    let date = options.date
    let view = try options.session(context: context).view(asOf: date)
    guard let committee = view.committees[account] else {
      throw CommandError.data("no account '\(account)' (as of \(date.iso8601))")
    }
    context.print(CommitteeText.render(committee, name: view.accountNames[account], asOf: date))
  }
}
