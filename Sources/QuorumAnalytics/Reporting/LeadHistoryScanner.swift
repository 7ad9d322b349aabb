import Foundation

/// Each lead's ``LeadHistory`` — its score at creation and the first instants its stage
/// reached MQL and SQL — from the scorer's own index and rules, in one pass over the
/// contact's time-ordered events.
///
/// Only the total and the stage are computed at each checked instant, not a whole
/// ``ContactScore``: the fit points of the contact's account (fixed), the engagement
/// points of the events in the look-back window, the points of the framework answers
/// visible by then and the disqualifiers they fire, then ``ContactScorer``'s stage rules.
/// The checked instants only move forward, so two cursors bound the window: events are
/// added at its end as they become visible and leave its start as they age past the
/// look-back, each event's decayed weight is summed in the scorer's order (event by event
/// from the oldest in the window), and answers are folded in as they are assessed. The
/// numbers are therefore exactly those ``ContactScorer`` gives at each instant.
///
/// Most checked instants cannot change a milestone, so each is first tried with an upper
/// bound of the engagement, which needs no decay: an event's weight only falls as time
/// passes, so each rule's decayed count is at most its count at the last exact sum (plus a
/// relative 10⁻⁶ for rounding) plus one per event seen since. A stage that is neither MQL
/// (nor beyond) nor SQL under the bound is not one exactly either — higher points only
/// reach a stage of higher precedence, never a lower one — so the exact sum is computed
/// only where the bound reaches the milestone still open.
///
/// - Complexity: per contact, O(n + a log a + c × s + e × w) for n events, a answers, c
///   checked instants, s rule slots and e exact sums over at most w events in the
///   look-back window each.
struct LeadHistoryScanner: Sendable {
  private let scorer: ContactScorer
  /// Per contact: its id and creation (epoch milliseconds).
  private let contactIDs: [String]
  private let createdAt: [Int64]
  private let answers: [Qualification]
  private let log: ActivityLog
  private let table: TypeTable
  /// Per contact: the fit points of its account (0 without one).
  private let fitPoints: [ScorePoints]
  private let lookbackDays: Double
  private let inverseHalfLives: [Double]
  /// Per rule slot: whether its points are positive (only those can raise a bound), and
  /// the most points it can earn (its cap, rounded), when it has a cap.
  private let raising: [Bool]
  private let ceilings: [ScorePoints?]
  /// The model's disqualifiers and their points, rounded.
  private let disqualifiers: [ScoringModel.Disqualifier]
  private let disqualifierPoints: [ScorePoints]
  private let sqlByScore: Bool
  /// Per contact: positions in `answers` of its own answers, oldest first.
  private let answersOfContact: Grouping

  /// Prepares the scanner over `index`, with the index's model and its own decay.
  init(index: ScoringIndex) {
    let compiled = index.compiled
    let settings = FeatureSettings(model: compiled.model)
    scorer = ContactScorer(compiled: compiled)
    contactIDs = index.data.contacts.map(\.id)
    createdAt = index.data.contacts.map(\.createdAt.millisecondsSince1970)
    answers = index.data.qualifications
    log = index.log
    table = index.table
    let accountFit = index.fits.map { $0.reduce(.zero) { $0 + ScorePoints(rounding: $1.points) } }
    fitPoints = index.contactAccount.map { $0 >= 0 ? accountFit[Int($0)] : .zero }
    lookbackDays = settings.lookbackDays
    inverseHalfLives = compiled.inverseHalfLives(settings)
    raising = compiled.slotPoints.map { $0 > 0 }
    ceilings = compiled.slotCaps.map {
      $0.isFinite && abs($0) < 1e15 ? ScorePoints(rounding: $0) : nil
    }
    disqualifiers = compiled.model.disqualifiers
    disqualifierPoints = disqualifiers.map { ScorePoints(rounding: $0.points) }
    sqlByScore = compiled.model.stages.sql.minimumScore != nil
    var keys: [(Int, Int32)] = []
    for (position, answer) in answers.enumerated() where answer.subjectType == .contact {
      if let contact = log.contactIndex[answer.subjectID] {
        keys.append((Int(contact), Int32(position)))
      }
    }
    keys.sort { [answers] in answers[Int($0.1)].assessedAt < answers[Int($1.1)].assessedAt }
    answersOfContact = Grouping(buckets: contactIDs.count, keys: keys)
  }

  /// Working memory for histories, reused from one contact to the next (one per thread).
  struct Scratch {
    fileprivate var walk: StageWalk
    fileprivate var checks: [Check] = []
  }

  /// Fresh working memory for ``history(of:asOf:scratch:)``.
  func makeScratch() -> Scratch {
    Scratch(walk: StageWalk(slots: inverseHalfLives.count))
  }

  /// The lead history of contact `contact`, or `nil` if it was created after `asOf`.
  ///
  /// Its stage is evaluated at its creation, then at every later instant up to `asOf` at
  /// which it could rise (``checkTimes(contact:after:upTo:into:)``) until it is SQL; once it
  /// is MQL, only the instants that can reach SQL.
  func history(of contact: Int, asOf: Timestamp, scratch: inout Scratch) -> LeadHistory? {
    let created = Timestamp(millisecondsSince1970: createdAt[contact])
    guard created <= asOf else { return nil }
    scratch.walk.start(
      events: log.range(ofContact: contact), answers: answersOfContact.slice(contact),
      fitPoints: fitPoints[contact])
    let atCreation = scratch.walk.exact(at: created.millisecondsSince1970, self)
    var mqlAt = atCreation.stage.isMQLOrBeyond ? created : nil
    var sqlAt = atCreation.stage == .sql ? created : nil
    if sqlAt == nil {
      checkTimes(contact: contact, after: created, upTo: asOf, into: &scratch.checks)
      for check in scratch.checks {
        guard mqlAt == nil || check.canReachSQL else { continue }
        // The bound first: the exact sum only where it can reach the open milestone.
        let bound = scratch.walk.boundStage(at: check.time, self)
        guard mqlAt == nil ? bound.isMQLOrBeyond : bound == .sql else { continue }
        let stage = scratch.walk.exact(at: check.time, self).stage
        let time = Timestamp(millisecondsSince1970: check.time)
        if mqlAt == nil, stage.isMQLOrBeyond { mqlAt = time }
        if stage == .sql {
          sqlAt = time
          break
        }
      }
    }
    return LeadHistory(
      contactID: contactIDs[contact], scoreAtCreation: atCreation.total.value,
      mqlAt: mqlAt, sqlAt: sqlAt)
  }

  /// An instant at which a contact's stage could rise, and whether it could rise to SQL.
  fileprivate struct Check {
    var time: Int64
    var canReachSQL: Bool
  }

  /// The instants in (`start`, `end`] at which the contact's stage could rise — its
  /// activities with positive points or stage evidence, and its framework answers — sorted,
  /// one per instant, into `checks`. An instant can reach SQL when it has an answer
  /// (framework rules), an SQL-evidence activity, or a positive activity while the SQL rule
  /// has a score threshold.
  private func checkTimes(
    contact: Int, after start: Timestamp, upTo end: Timestamp, into checks: inout [Check]
  ) {
    let first = start.millisecondsSince1970
    let last = end.millisecondsSince1970
    checks.removeAll(keepingCapacity: true)
    for position in log.range(ofContact: contact) {
      let time = log.times[position]
      let code = Int(log.typeCodes[position])
      guard time > first, time <= last, table.positive[code] || table.evidence[code] != 0
      else { continue }
      let sql = table.evidence[code] & TypeTable.sql != 0 || (sqlByScore && table.positive[code])
      checks.append(Check(time: time, canReachSQL: sql))
    }
    let answers = answersOfContact.slice(contact)
    if !answers.isEmpty {
      for item in answers {
        let time = self.answers[Int(item)].assessedAt.millisecondsSince1970
        if time > first, time <= last { checks.append(Check(time: time, canReachSQL: true)) }
      }
      checks.sort { $0.time < $1.time }
    }
    // One check per instant, merged in place.
    var merged = 0
    for check in checks.indices {
      if merged > 0, checks[merged - 1].time == checks[check].time {
        checks[merged - 1].canReachSQL = checks[merged - 1].canReachSQL || checks[check].canReachSQL
      } else {
        checks[merged] = checks[check]
        merged += 1
      }
    }
    checks.removeLast(checks.count - merged)
  }

  /// One contact's score and stage at instants that only move forward (the scanner is
  /// passed to each call rather than held, so a walk copies none of its arrays); reused
  /// from contact to contact by ``start(events:answers:fitPoints:)``.
  fileprivate struct StageWalk {
    /// The contact's events: `windowStart..<visibleEnd` are those in the look-back window.
    var events: Range<Int> = 0..<0
    var windowStart = 0
    var visibleEnd = 0
    /// The contact's answers, oldest first; those before `nextAnswer` are folded in.
    var answers: ArraySlice<Int32> = []
    var nextAnswer = 0
    var framework = FrameworkEvidence()
    /// Per criterion: the disqualifiers its latest answer fires.
    var firing: [[Int]] = Array(repeating: [], count: QualificationCriterion.allCases.count)
    var frameworkPoints = ScorePoints.zero
    var disqualifier: String?
    var fitPoints = ScorePoints.zero
    /// Per rule slot: the decayed count and the events of the window being summed (all
    /// zero between calls); `touched` lists the slots with events.
    var decayed: [Double]
    var counts: [Int]
    var touched: [Int] = []
    /// Per rule slot with positive points: the decayed count at the last exact sum, the
    /// events seen since, and the bound's points; `active` lists the slots with any.
    var boundWeights: [Double]
    var entered: [Int]
    var boundPoints: [ScorePoints]
    var active: [Int] = []
    /// The bound of the engagement: the sum of `boundPoints`.
    var boundEngagement = ScorePoints.zero
    /// Per stage-evidence bit: the events in the window that carry it; and the bits.
    var evidenceCounts = [Int](repeating: 0, count: UInt8.bitWidth)
    var evidence: UInt8 = 0
    /// The stage under the bound, unless something it depends on changed since.
    var boundStage: ContactStage?

    init(slots: Int) {
      decayed = Array(repeating: 0, count: slots)
      counts = Array(repeating: 0, count: slots)
      boundWeights = Array(repeating: 0, count: slots)
      entered = Array(repeating: 0, count: slots)
      boundPoints = Array(repeating: .zero, count: slots)
    }

    /// Starts the walk of a contact with `events`, `answers` (oldest first) and its fit.
    mutating func start(events: Range<Int>, answers: ArraySlice<Int32>, fitPoints: ScorePoints) {
      self.events = events
      windowStart = events.lowerBound
      visibleEnd = events.lowerBound
      self.answers = answers
      nextAnswer = answers.startIndex
      if !framework.isEmpty { framework = FrameworkEvidence() }
      for criterion in firing.indices where !firing[criterion].isEmpty {
        firing[criterion] = []
      }
      frameworkPoints = .zero
      disqualifier = nil
      self.fitPoints = fitPoints
      clearBound()
      if evidence != 0 {
        for bit in evidenceCounts.indices { evidenceCounts[bit] = 0 }
        evidence = 0
      }
    }

    /// The exact total and stage at or before `time` (epoch milliseconds, never earlier than
    /// the previous call's).
    mutating func exact(at time: Int64, _ scanner: LeadHistoryScanner) -> (
      total: ScorePoints, stage: ContactStage
    ) {
      move(to: time, scanner)
      let engagement = engagement(at: time, scanner)
      let total = fitPoints + engagement + frameworkPoints
      return (total, stage(total: total, engagement: engagement, scanner))
    }

    /// A stage that is MQL or beyond, or SQL, whenever the exact stage at `time` is: the
    /// stage with each rule's decayed count bounded from above (see ``LeadHistoryScanner``).
    mutating func boundStage(at time: Int64, _ scanner: LeadHistoryScanner) -> ContactStage {
      move(to: time, scanner)
      if let boundStage { return boundStage }
      let stage = stage(
        total: fitPoints + boundEngagement + frameworkPoints, engagement: boundEngagement, scanner)
      boundStage = stage
      return stage
    }

    /// ``ContactScorer``'s stage at these points, with the window's stage evidence.
    private func stage(total: ScorePoints, engagement: ScorePoints, _ scanner: LeadHistoryScanner)
      -> ContactStage
    {
      scanner.scorer.stageCause(
        total: total, engagement: engagement, evidence: evidence, framework: framework,
        disqualifier: disqualifier
      ).0
    }

    /// Moves the window's ends and the answers folded in to `time`.
    private mutating func move(to time: Int64, _ scanner: LeadHistoryScanner) {
      let log = scanner.log
      let table = scanner.table
      let millisecondsPerDay = Double(Timestamp.millisecondsPerDay)
      while visibleEnd < events.upperBound, log.times[visibleEnd] <= time {
        let code = Int(log.typeCodes[visibleEnd])
        let slot = Int(table.slots[code])
        if slot >= 0, scanner.raising[slot] {
          if entered[slot] == 0, boundWeights[slot] == 0 { active.append(slot) }
          entered[slot] += 1
          bound(slot, scanner)
        }
        count(evidence: table.evidence[code], by: 1)
        visibleEnd += 1
      }
      while windowStart < visibleEnd,
        Double(time - log.times[windowStart]) / millisecondsPerDay > scanner.lookbackDays
      {
        count(evidence: table.evidence[Int(log.typeCodes[windowStart])], by: -1)
        windowStart += 1
      }
      foldAnswers(upTo: time, scanner)
    }

    /// Recomputes the bound's points of `slot`: the decayed count of the last exact sum
    /// (raised by a relative 10⁻⁶ against rounding) plus one per event seen since.
    private mutating func bound(_ slot: Int, _ scanner: LeadHistoryScanner) {
      // A bound at the cap stays there as events arrive.
      if let ceiling = scanner.ceilings[slot], boundPoints[slot] == ceiling { return }
      let weight = boundWeights[slot] * (1 + 1e-6) + Double(entered[slot])
      let points = ScorePoints(rounding: scanner.scorer.cappedPoints(slot: slot, weight: weight))
      guard points != boundPoints[slot] else { return }
      boundEngagement += points - boundPoints[slot]
      boundPoints[slot] = points
      boundStage = nil
    }

    /// Forgets the bound's decayed counts and events.
    private mutating func clearBound() {
      for slot in active {
        boundWeights[slot] = 0
        entered[slot] = 0
        boundPoints[slot] = .zero
      }
      active.removeAll(keepingCapacity: true)
      boundEngagement = .zero
      boundStage = nil
    }

    private mutating func count(evidence bits: UInt8, by change: Int) {
      guard bits != 0 else { return }
      for bit in evidenceCounts.indices where bits & (1 << bit) != 0 {
        evidenceCounts[bit] += change
        let carried = evidenceCounts[bit] > 0
        if carried != (evidence & (1 << bit) != 0) {
          evidence ^= 1 << bit
          boundStage = nil
        }
      }
    }

    /// The engagement points of the events in the look-back window of `time`, as
    /// ``EngagementTally/scan(_:of:table:kernel:)`` and ``ContactScorer`` compute them; the
    /// decayed counts become the bound's.
    private mutating func engagement(at time: Int64, _ scanner: LeadHistoryScanner)
      -> ScorePoints
    {
      let log = scanner.log
      let table = scanner.table
      let millisecondsPerDay = Double(Timestamp.millisecondsPerDay)
      for position in windowStart..<visibleEnd {
        let slot = Int(table.slots[Int(log.typeCodes[position])])
        guard slot >= 0 else { continue }
        let age = Double(time - log.times[position]) / millisecondsPerDay
        if counts[slot] == 0 { touched.append(slot) }
        decayed[slot] += exp2(-age * scanner.inverseHalfLives[slot])
        counts[slot] += 1
      }
      clearBound()
      // The points are whole hundredths: their sum does not depend on the slots' order.
      var points = ScorePoints.zero
      for slot in touched {
        points += ScorePoints(
          rounding: scanner.scorer.cappedPoints(slot: slot, weight: decayed[slot]))
        if scanner.raising[slot] {
          boundWeights[slot] = decayed[slot]
          active.append(slot)
          bound(slot, scanner)
        }
        decayed[slot] = 0
        counts[slot] = 0
      }
      touched.removeAll(keepingCapacity: true)
      return points
    }

    /// Folds in the answers assessed at or before `time`, updating the framework points and
    /// the first disqualifier that fires when any arrives. Each answer is matched against
    /// the disqualifiers once, as it becomes its criterion's latest.
    private mutating func foldAnswers(upTo time: Int64, _ scanner: LeadHistoryScanner) {
      let qualifications = scanner.answers
      var changed = false
      while nextAnswer < answers.endIndex,
        qualifications[Int(answers[nextAnswer])].assessedAt.millisecondsSince1970 <= time
      {
        let answer = qualifications[Int(answers[nextAnswer])]
        framework.consider(answer)
        if let criterion = FrameworkEvidence.ordinal[answer.criterion],
          framework.latest[criterion] == answer
        {
          firing[criterion] = scanner.disqualifiers.indices.filter {
            scanner.disqualifiers[$0].matches(answer)
          }
        }
        nextAnswer += 1
        changed = true
      }
      guard changed else { return }
      boundStage = nil
      frameworkPoints = scanner.scorer.criterionPoints(framework).reduce(.zero) {
        $0 + ScorePoints(rounding: $1.points)
      }
      disqualifier = nil
      for index in scanner.disqualifiers.indices
      where firing.contains(where: { $0.contains(index) }) {
        frameworkPoints += scanner.disqualifierPoints[index]
        if disqualifier == nil { disqualifier = scanner.disqualifiers[index].name }
      }
    }
  }
}

extension ContactStage {
  /// MQL, PQL and SQL are at or beyond marketing-qualified.
  var isMQLOrBeyond: Bool { self == .mql || self == .pql || self == .sql }
}
