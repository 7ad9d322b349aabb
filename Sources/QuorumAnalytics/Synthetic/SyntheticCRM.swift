/// A realistic synthetic B2B CRM: accounts, contacts, years of activity, deals whose
/// outcome follows a documented model, committee roles, qualification answers and spend.
///
/// Generation streams: each account's rows are handed over as one `CRMData` batch, then
/// a last batch holds the spend, so memory stays flat whatever the number of accounts.
/// Equal settings always produce equal batches. The generative model (rates, what drives
/// wins, the true coefficients) is described in `SyntheticCRM.md` and `SyntheticWinModel`.
///
/// ```swift
/// let crm = try SyntheticCRM(settings: SyntheticCRMSettings(accounts: 100, seed: 7))
/// var activities = 0
/// crm.generate { batch in activities += batch.activities.count }
/// ```
///
/// - Complexity: O(rows generated), about 200 activities, 10 contacts and 0.6 deals per
///   account on average; memory O(largest account).
public struct SyntheticCRM: Sendable {
  /// What is generated.
  public let settings: SyntheticCRMSettings

  /// Creates a generator.
  ///
  /// - Throws: `SyntheticCRMError` for a negative account count or a period under 30 days.
  public init(settings: SyntheticCRMSettings) throws(SyntheticCRMError) {
    self.settings = try settings.validated()
  }

  /// The custom columns the generated rows carry in `attributes`.
  public static let customColumns = CRMCustomColumns(
    accounts: ["crm_owner", "segment"], contacts: ["lead_score_legacy"],
    opportunities: ["forecast_category", "loss_reason"])

  /// Generates the data, handing over one batch per account (in account order), then one
  /// batch with the spend.
  public func generate(_ body: (CRMData) throws -> Void) rethrows {
    try generate(withGroundTruth: { batch, _ in try body(batch) })
  }

  /// Generates the data like `generate(_:)`, also handing over, with each account's batch,
  /// what the generator knows about its deals (signals, probability, drawn outcome).
  public func generate(withGroundTruth body: (CRMData, [SyntheticDealTruth]) throws -> Void)
    rethrows
  {
    let context = SyntheticContext(settings: settings)
    var tallies = SyntheticTallies(context: context)
    for index in 0..<settings.accounts {
      var simulation = SyntheticAccountSimulation(index: index, context: context)
      let (batch, truths) = simulation.run(tallies: &tallies)
      try body(batch, truths)
    }
    var random = Xoshiro256StarStar(seed: settings.seed, stream: .max)
    let spend = context.calendar.spend(
      leadsByCampaign: tallies.leadsByCampaign, partnerLeadsByMonth: tallies.partnerLeadsByMonth,
      accounts: settings.accounts, using: &random)
    try body(CRMData(spend: spend), [])
  }
}
