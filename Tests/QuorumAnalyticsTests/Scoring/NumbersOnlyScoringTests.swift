import Testing

@testable import QuorumAnalytics

@Suite struct NumbersOnlyScoringTests {
  /// Every account of the synthetic sample scored with and without reason texts, by the
  /// rollup and by a calibrated card: the same points, reasons and stages, no text.
  @Test func scorersThatDoNotExplainGiveTheSamePointsWithoutTexts() throws {
    var calibrated = ScoringModel.default
    calibrated.calibration = ScoringModel.Calibration(
      intercept: -1, coefficients: ["fit.industry.core": 0.5, "engagement.meeting": 0.2])
    for model in [ScoringModel.default, calibrated] {
      let index = FeatureExtractor(data: SyntheticSample.merged, model: model).index
      let cutoff = TimeCutoff.atOrBefore(SyntheticSample.settings.asOf)
      let kernel = ScanKernel(
        model: index.compiled, cutoff: cutoff, settings: FeatureSettings(model: model))
      var tally = EngagementTally(slots: index.compiled.slotTypes.count)
      var texts = 0
      for position in index.accounts {
        var scores: [(contacts: [ContactScore], account: AccountScore)] = []
        for explains in [true, false] {
          let contactScorer = ContactScorer(compiled: index.compiled, explains: explains)
          var members: [ContactScore] = []
          let features = index.features(
            ofAccount: position, cutoff: cutoff, kernel: kernel, committee: nil, tally: &tally
          ) { contact, tally in
            members.append(
              contactScorer.score(contact: contact, in: index, tally: tally, cutoff: cutoff))
          }
          let account = AccountScorer(compiled: index.compiled, explains: explains).score(
            account: index.data.accounts[position], features: features, contacts: members[...],
            fitHits: index.fits[position])
          scores.append((members, account))
        }
        let (full, bare) = (scores[0], scores[1])
        #expect(bare.account.total == full.account.total)
        #expect(bare.account.winProbability == full.account.winProbability)
        #expect(bare.account.reasons.map(\.points) == full.account.reasons.map(\.points))
        #expect(bare.account.reasons.map(\.feature) == full.account.reasons.map(\.feature))
        #expect(bare.contacts.map(\.total) == full.contacts.map(\.total))
        #expect(bare.contacts.map(\.stage) == full.contacts.map(\.stage))
        let framed = (bare.account.reasons + bare.contacts.flatMap(\.reasons)).filter {
          $0.evidence.isText
        }
        #expect(framed.allSatisfy { $0.detail.isEmpty })
        #expect(bare.contacts.allSatisfy { $0.stageReason.isEmpty })
        texts += full.account.reasons.count { !$0.detail.isEmpty }
      }
      #expect(texts > 100)
    }
  }
}

extension ReasonCode.Evidence {
  /// Whether the evidence is free text (the kind a scorer that does not explain leaves
  /// empty), not numbers rendered on demand.
  fileprivate var isText: Bool {
    if case .text = self { true } else { false }
  }
}
