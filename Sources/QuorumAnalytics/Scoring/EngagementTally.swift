import Foundation

/// The scan parameters: cutoff, decay and windows, resolved to plain numbers.
struct ScanKernel: Sendable {
  let lastVisible: Int64
  let date: Int64
  let lookbackDays: Double
  let inverseHalfLives: [Double]
  let journeyWindowDays: Double
  let committeeWindowDays: Double

  init(model: CompiledModel, cutoff: TimeCutoff, settings: FeatureSettings) {
    self.init(model: model, cutoff: cutoff, decay: ScanDecay(model: model, settings: settings))
  }

  /// The kernel of `cutoff` with the decay resolved already (once for many cutoffs).
  init(model: CompiledModel, cutoff: TimeCutoff, decay: ScanDecay) {
    lastVisible = cutoff.lastVisibleMillisecond
    date = cutoff.date.millisecondsSince1970
    lookbackDays = decay.lookbackDays
    inverseHalfLives = decay.inverseHalfLives
    journeyWindowDays = model.model.journey.windowDays
    committeeWindowDays = model.model.committee.engagementWindowDays
  }
}

/// Decay settings resolved to a model's rule slots: the look-back and each slot's inverse
/// half-life. Resolve once, then build a ``ScanKernel`` per cutoff without looking the
/// half-lives up again.
struct ScanDecay: Sendable {
  let lookbackDays: Double
  let inverseHalfLives: [Double]

  init(model: CompiledModel, settings: FeatureSettings) {
    lookbackDays = settings.lookbackDays
    inverseHalfLives = model.inverseHalfLives(settings)
  }
}

/// What one contact's activities add up to at a cutoff: the decayed count and the number
/// of events per rule slot in the look-back window, journey signals, stage evidence,
/// whether the contact is engaged (a positive-points event in the committee window), and
/// the codes of unmapped events. Reused across contacts to avoid allocation.
struct EngagementTally: Sendable {
  var decayed: [Double]
  var counts: [Int]
  var journey = JourneySignals.none
  var evidence: UInt8 = 0
  var engaged = false
  var visibleEvents = 0
  var unmappedCodes: [Int32] = []

  init(slots: Int) {
    decayed = Array(repeating: 0, count: slots)
    counts = Array(repeating: 0, count: slots)
  }

  mutating func reset() {
    for slot in decayed.indices {
      decayed[slot] = 0
      counts[slot] = 0
    }
    journey = .none
    evidence = 0
    engaged = false
    visibleEvents = 0
    if !unmappedCodes.isEmpty { unmappedCodes.removeAll(keepingCapacity: true) }
  }

  /// Adds the contact's activities in `range` of `log` (one pass, no allocation except for
  /// unmapped events). An event of age a days earns a decayed count 0.5^(a / h).
  mutating func scan(
    _ range: Range<Int>, of log: ActivityLog, table: TypeTable, kernel: ScanKernel
  ) {
    let millisecondsPerDay = Double(Timestamp.millisecondsPerDay)
    for position in range {
      let time = log.times[position]
      guard time <= kernel.lastVisible else { continue }
      visibleEvents += 1
      let code = Int(log.typeCodes[position])
      let age = Double(kernel.date - time) / millisecondsPerDay
      let stage = table.journey[code]
      if stage >= 0, age <= kernel.journeyWindowDays {
        journey.record(JourneyStage.allCases[Int(stage)])
      }
      if table.positive[code], age <= kernel.committeeWindowDays { engaged = true }
      let slot = Int(table.slots[code])
      if slot < 0 { unmappedCodes.append(Int32(code)) }
      guard age <= kernel.lookbackDays else { continue }
      evidence |= table.evidence[code]
      guard slot >= 0 else { continue }
      decayed[slot] += exp2(-age * kernel.inverseHalfLives[slot])
      counts[slot] += 1
    }
  }
}
