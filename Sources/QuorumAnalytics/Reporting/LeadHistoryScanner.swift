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
/// - Complexity: per contact, O(n + a log a + c × w) for n events, a answers and c checked
///   instants with at most w events in the look-back window each.
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

  /// The lead history of contact `contact`, or `nil` if it was created after `asOf`.
  ///
  /// Its stage is evaluated at its creation, then at every later instant up to `asOf` at
  /// which it could rise (``checkTimes(contact:after:upTo:)``) until it is SQL; once it is
  /// MQL, only the instants that can reach SQL.
  func history(of contact: Int, asOf: Timestamp) -> LeadHistory? {
    let created = Timestamp(millisecondsSince1970: createdAt[contact])
    guard created <= asOf else { return nil }
    var walk = StageWalk(
      events: log.range(ofContact: contact), answers: answersOfContact.slice(contact),
      fitPoints: fitPoints[contact], slots: inverseHalfLives.count)
    let atCreation = walk.advance(to: created.millisecondsSince1970, self)
    var mqlAt = atCreation.stage.isMQLOrBeyond ? created : nil
    var sqlAt = atCreation.stage == .sql ? created : nil
    if sqlAt == nil {
      for check in checkTimes(contact: contact, after: created, upTo: asOf) {
        guard mqlAt == nil || check.canReachSQL else { continue }
        let stage = walk.advance(to: check.time, self).stage
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
  private struct Check {
    var time: Int64
    var canReachSQL: Bool
  }

  /// The instants in (`start`, `end`] at which the contact's stage could rise — its
  /// activities with positive points or stage evidence, and its framework answers — sorted,
  /// one per instant. An instant can reach SQL when it has an answer (framework rules), an
  /// SQL-evidence activity, or a positive activity while the SQL rule has a score threshold.
  private func checkTimes(contact: Int, after start: Timestamp, upTo end: Timestamp)
    -> [Check]
  {
    let first = start.millisecondsSince1970
    let last = end.millisecondsSince1970
    var checks: [Check] = []
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
    var merged: [Check] = []
    merged.reserveCapacity(checks.count)
    for check in checks {
      if let previous = merged.last, previous.time == check.time {
        merged[merged.count - 1].canReachSQL = previous.canReachSQL || check.canReachSQL
      } else {
        merged.append(check)
      }
    }
    return merged
  }

  /// One contact's score and stage at instants that only move forward (the scanner is
  /// passed to each call rather than held, so a walk copies none of its arrays).
  private struct StageWalk {
    /// The contact's events: `windowStart..<visibleEnd` are those in the look-back window.
    let events: Range<Int>
    var windowStart: Int
    var visibleEnd: Int
    /// The contact's answers, oldest first; those before `nextAnswer` are folded in.
    let answers: ArraySlice<Int32>
    var nextAnswer: Int
    var framework = FrameworkEvidence()
    var frameworkPoints = ScorePoints.zero
    var disqualifier: String?
    let fitPoints: ScorePoints
    /// Per rule slot: the decayed count and the events of the window being summed (all
    /// zero between calls); `touched` lists the slots with events.
    var decayed: [Double]
    var counts: [Int]
    var touched: [Int] = []

    init(events: Range<Int>, answers: ArraySlice<Int32>, fitPoints: ScorePoints, slots: Int) {
      self.events = events
      windowStart = events.lowerBound
      visibleEnd = events.lowerBound
      self.answers = answers
      nextAnswer = answers.startIndex
      self.fitPoints = fitPoints
      decayed = Array(repeating: 0, count: slots)
      counts = Array(repeating: 0, count: slots)
    }

    /// The total and stage at or before `time` (epoch milliseconds, never earlier than the
    /// previous call's).
    mutating func advance(to time: Int64, _ scanner: LeadHistoryScanner) -> (
      total: ScorePoints, stage: ContactStage
    ) {
      let (engagement, evidence) = engagement(at: time, scanner)
      foldAnswers(upTo: time, scanner)
      let total = fitPoints + engagement + frameworkPoints
      let stage = scanner.scorer.stageCause(
        total: total, engagement: engagement, evidence: evidence, framework: framework,
        disqualifier: disqualifier
      ).0
      return (total, stage)
    }

    /// The engagement points and stage evidence of the events in the look-back window of
    /// `time`, as ``EngagementTally/scan(_:of:table:kernel:)`` and ``ContactScorer`` compute
    /// them.
    private mutating func engagement(at time: Int64, _ scanner: LeadHistoryScanner) -> (
      ScorePoints, UInt8
    ) {
      let log = scanner.log
      let table = scanner.table
      let millisecondsPerDay = Double(Timestamp.millisecondsPerDay)
      let lookbackDays = scanner.lookbackDays
      while visibleEnd < events.upperBound, log.times[visibleEnd] <= time { visibleEnd += 1 }
      while windowStart < visibleEnd,
        Double(time - log.times[windowStart]) / millisecondsPerDay > lookbackDays
      {
        windowStart += 1
      }
      var evidence: UInt8 = 0
      for position in windowStart..<visibleEnd {
        let code = Int(log.typeCodes[position])
        let age = Double(time - log.times[position]) / millisecondsPerDay
        evidence |= table.evidence[code]
        let slot = Int(table.slots[code])
        guard slot >= 0 else { continue }
        if counts[slot] == 0 { touched.append(slot) }
        decayed[slot] += exp2(-age * scanner.inverseHalfLives[slot])
        counts[slot] += 1
      }
      // The points are whole hundredths: their sum does not depend on the slots' order.
      var points = ScorePoints.zero
      for slot in touched {
        points =
          points
          + ScorePoints(rounding: scanner.scorer.cappedPoints(slot: slot, weight: decayed[slot]))
        decayed[slot] = 0
        counts[slot] = 0
      }
      touched.removeAll(keepingCapacity: true)
      return (points, evidence)
    }

    /// Folds in the answers assessed at or before `time`, updating the framework points and
    /// the first disqualifier that fires when any arrives.
    private mutating func foldAnswers(upTo time: Int64, _ scanner: LeadHistoryScanner) {
      let qualifications = scanner.answers
      var changed = false
      while nextAnswer < answers.endIndex,
        qualifications[Int(answers[nextAnswer])].assessedAt.millisecondsSince1970 <= time
      {
        framework.consider(qualifications[Int(answers[nextAnswer])])
        nextAnswer += 1
        changed = true
      }
      guard changed else { return }
      let scorer = scanner.scorer
      let disqualifiers = scorer.model.disqualifiers
      let fired = zip(disqualifiers, framework.disqualifyingAnswers(disqualifiers)).filter {
        $0.1 != nil
      }.map(\.0)
      frameworkPoints =
        scorer.criterionPoints(framework).reduce(.zero) { $0 + ScorePoints(rounding: $1.points) }
        + fired.reduce(.zero) { $0 + ScorePoints(rounding: $1.points) }
      disqualifier = fired.first?.name
    }
  }
}

extension ContactStage {
  /// MQL, PQL and SQL are at or beyond marketing-qualified.
  var isMQLOrBeyond: Bool { self == .mql || self == .pql || self == .sql }
}
