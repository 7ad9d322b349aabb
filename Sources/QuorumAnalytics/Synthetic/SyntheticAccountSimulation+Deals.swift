import Foundation

extension SyntheticAccountSimulation {
  static let lossReasons = SyntheticWeightedChoice<String>([
    ("No decision", 35), ("Lost to competitor", 25), ("Price", 15), ("Timing", 15),
    ("No budget", 10),
  ])

  /// Writes a deal whose outcome is already drawn, and what happens after it opened: the
  /// sales cycle (shorter when won), late committee members, outcome-driven MEDDIC, BANT
  /// and CHAMP answers, committee roles and, for customers, product usage.
  mutating func openDeal(id: String, window: SyntheticBuyingWindow, won: Bool) {
    let sizeFactor = 0.8 + 0.15 * log10(Double(employees))
    let cycleDays =
      won
      ? random.logNormal(median: 45 * sizeFactor, sigma: 0.45)
      : random.logNormal(median: 75 * sizeFactor, sigma: 0.55)
    let close = window.open + max(7, Int(cycleDays.rounded()))
    let closed = close <= context.lastDay
    let lastSeen = min(close, context.lastDay)
    let status: OpportunityStatus = closed ? (won ? .won : .lost) : .open
    let amount =
      max(
        5_000,
        (2_500 * Double(employees).squareRoot() * random.logNormal(median: 1, sigma: 0.35)
          / 500).rounded() * 500)
    let (stage, forecast) = Self.stage(status: status, age: context.lastDay - window.open)
    var attributes = ["forecast_category": forecast]
    if status == .lost { attributes["loss_reason"] = Self.lossReasons.draw(using: &random) }
    let initiator = people[window.initiator].contact
    opportunities.append(
      Opportunity(
        id: id, accountID: account.id, createdAt: SyntheticTime.midnight(window.open),
        status: status, closedAt: closed ? SyntheticTime.midnight(close) : nil, stage: stage,
        amount: amount, source: initiator.source, campaignID: initiator.campaignID,
        attributes: attributes))
    for member in window.members {
      let intensity = member == window.initiator && window.hasChampion ? 2.0 : 1.0
      cycle(by: member, from: window.open, to: lastSeen, rate: (won ? 0.078 : 0.048) * intensity)
    }
    let lateRoles = lateMembers(window: window, won: won, close: close, lastSeen: lastSeen)
    assessAfterOpening(id: id, open: window.open, lastSeen: lastSeen, won: won)
    if random.chance(0.85) { recordRoles(id: id, window: window, late: lateRoles) }
    if status == .won {
      for user in window.members.prefix(random.int(in: 1...3)) {
        use(by: user, fromDay: close, days: random.int(in: 60...180), rate: 0.15)
      }
    }
  }

  private static func stage(status: OpportunityStatus, age: Int) -> (String, String) {
    switch status {
    case .won: ("Closed Won", "Closed")
    case .lost: ("Closed Lost", "Omitted")
    case .open:
      age < 20
        ? ("Discovery", "Pipeline")
        : age < 45
          ? ("Evaluation", "Pipeline")
          : age < 75 ? ("Proposal", "Best Case") : ("Negotiation", "Commit")
    }
  }

  /// Meetings, replies and reviews between the opening and `lastDay`.
  private mutating func cycle(by member: Int, from open: Int, to lastDay: Int, rate: Double) {
    let lower = SyntheticTime.milliseconds(ofDay: open)
    let upper = SyntheticTime.milliseconds(ofDay: lastDay + 1) - 1
    let days = lastDay - open + 1
    for _ in 0..<random.poisson(rate * Double(days)) {
      emit(
        SyntheticActivityMix.cycle.draw(using: &random), by: member,
        at: time(onDay: open + random.int(below: days), from: lower, to: upper))
    }
  }

  /// Procurement and legal join won deals in their last weeks; a senior blocker sometimes
  /// shows up in lost ones. Only people already in the CRM join.
  private mutating func lateMembers(
    window: SyntheticBuyingWindow, won: Bool, close: Int, lastSeen: Int
  ) -> [(Int, CommitteeRole)] {
    var late: [(Int, CommitteeRole)] = []
    let joins: [(Department, CommitteeRole, Double)] =
      won ? [(.procurement, .procurement, 0.6), (.legal, .legal, 0.4)] : [(.it, .blocker, 0.25)]
    for (department, role, chance) in joins where random.chance(chance) {
      let day = max(window.open + 1, close - random.int(in: 5...25))
      guard day <= lastSeen else { continue }
      let joinAt = SyntheticTime.milliseconds(ofDay: day)
      let candidates = people.indices.filter { index in
        people[index].canBuy && !window.members.contains(index)
          && people[index].createdAt < joinAt
          && (role == .blocker
            ? people[index].seniority.rank <= Seniority.director.rank
            : people[index].department == department)
      }
      guard !candidates.isEmpty else { continue }
      let person = random.pick(candidates)
      late.append((person, role))
      cycle(by: person, from: day, to: lastSeen, rate: 0.25)
    }
    return late
  }

  /// Answers recorded on the opportunity after it opened. They follow the outcome (won
  /// deals mostly `met`), so a model that used them would leak the future.
  private mutating func assessAfterOpening(id: String, open: Int, lastSeen: Int, won: Bool) {
    let frameworks: [([QualificationCriterion], Double)] = [
      (
        [
          .metrics, .economicBuyer, .decisionCriteria, .decisionProcess, .paperProcess,
          .identifiedPain, .champion, .competition,
        ], 0.6
      ),
      ([.budget, .authority, .need, .timeline], 0.4),
      ([.challenges, .authority, .money, .prioritization], 0.2),
    ]
    var answered = Set<QualificationCriterion>()
    for (criteria, share) in frameworks where random.chance(share) && lastSeen > open {
      // BANT and CHAMP share `authority`: one answer per criterion and deal.
      for criterion in criteria where answered.insert(criterion).inserted {
        let day = open + random.int(in: 1...(lastSeen - open))
        qualifications.append(
          Qualification(
            subjectType: .opportunity, subjectID: id, criterion: criterion,
            value: outcomeAnswer(won: won), assessedAt: SyntheticTime.midnight(day)))
      }
    }
  }

  private mutating func outcomeAnswer(won: Bool) -> QualificationValue {
    let draw = random.uniform()
    let (met, partial, unmet) = won ? (0.7, 0.9, 0.95) : (0.3, 0.6, 0.9)
    return draw < met ? .met : draw < partial ? .partial : draw < unmet ? .unmet : .unknown
  }

  /// The committee roles the rep recorded on the deal.
  private mutating func recordRoles(
    id: String, window: SyntheticBuyingWindow, late: [(Int, CommitteeRole)]
  ) {
    for member in window.members {
      let person = people[member]
      let role: CommitteeRole
      if member == window.initiator && window.hasChampion {
        role = .champion
      } else if member == window.economicBuyer {
        role = .economicBuyer
      } else if member == window.initiator {
        role = person.seniority.rank <= Seniority.director.rank ? .decisionMaker : .influencer
      } else if person.department == .it || person.department == .engineering {
        role = .technicalEvaluator
      } else if person.seniority == .individualContributor {
        role = .user
      } else {
        role = random.chance(0.1) ? .other : .influencer
      }
      roles.append(
        OpportunityContact(
          opportunityID: id, contactID: person.contact.id, role: role,
          isPrimary: member == window.initiator))
    }
    for (person, role) in late {
      roles.append(
        OpportunityContact(opportunityID: id, contactID: people[person].contact.id, role: role))
    }
  }
}
