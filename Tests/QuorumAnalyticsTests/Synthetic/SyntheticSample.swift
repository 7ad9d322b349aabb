import QuorumAnalytics
import Testing

/// One synthetic data set shared by the synthetic-data tests (generated once, lazily):
/// 300 accounts over the default three years.
enum SyntheticSample {
  static let settings = SyntheticCRMSettings(accounts: 300, seed: 2_026)

  /// Every batch with its deal truths, in the order generated (spend last).
  static let batches: [(data: CRMData, truths: [SyntheticDealTruth])] = {
    var batches: [(data: CRMData, truths: [SyntheticDealTruth])] = []
    do {
      try SyntheticCRM(settings: settings).generate(withGroundTruth: { batch, truths in
        batches.append((batch, truths))
      })
    } catch {
      Issue.record("generation failed: \(error)")
    }
    return batches
  }()

  /// The account batches (all but the last, spend-only one).
  static var accountBatches: ArraySlice<(data: CRMData, truths: [SyntheticDealTruth])> {
    batches.dropLast()
  }

  /// All batches merged into one data set.
  static let merged: CRMData = {
    var all = CRMData()
    for (batch, _) in batches { all.append(batch) }
    return all
  }()
}
