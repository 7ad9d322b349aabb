import Foundation

extension SyntheticAccountSimulation {
  // MARK: Planning

  /// Plans the account's buying windows (a Poisson number over the period, more for
  /// better-fitting and larger accounts, at least 45 days apart after each opening) and
  /// their committees; moves a member's creation before the day they join.
  mutating func planWindows() -> [SyntheticBuyingWindow] {
    let eligible = people.indices.filter { people[$0].canBuy }
    let firstDay = max(context.firstDay, createdDay + 1)
    guard !eligible.isEmpty, firstDay <= context.lastDay else { return [] }
    let rate = context.years * (0.07 + 0.45 * fit) * (0.75 + 0.12 * log10(Double(employees)))
    let starts = (0..<random.poisson(rate)).map { _ in
      random.int(in: firstDay...context.lastDay)
    }.sorted()
    var windows: [SyntheticBuyingWindow] = []
    var nextFree = firstDay
    for planned in starts {
      let start = max(planned, nextFree)
      guard start <= context.lastDay else { break }
      let ramp = random.int(in: 30...100)
      let window = makeWindow(start: start, open: start + ramp, eligible: eligible)
      for (member, day) in zip(window.members, window.joinDays) {
        ensureCreated(member, before: day)
      }
      windows.append(window)
      nextFree = start + ramp + 45
    }
    return windows
  }

  private mutating func makeWindow(start: Int, open: Int, eligible: [Int])
    -> SyntheticBuyingWindow
  {
    let converts = random.chance(0.45 + 0.35 * fit)
    let strength = random.logNormal(median: 1, sigma: 0.45) * (converts ? 1 : 0.55)
    let wanted = Int((1.5 + 0.9 * log10(Double(employees)) + random.normal()).rounded())
    let size = min(9, eligible.count, max(1, wanted))
    var members = [pickInitiator(from: eligible)]
    var economicBuyer: Int?
    if random.chance((0.3 + 0.4 * fit) * (converts ? 1 : 0.5)),
      let buyer = pickEconomicBuyer(from: eligible, excluding: members)
    {
      members.append(buyer)
      economicBuyer = buyer
    }
    while members.count < size, let next = pickMember(from: eligible, excluding: members) {
      members.append(next)
    }
    let ramp = Double(open - start)
    let joinDays = members.map { member -> Int in
      if member == members[0] { return start }
      let fraction = member == economicBuyer ? random.uniform(0.45, 0.95) : random.uniform(0.1, 0.9)
      return start + Int(fraction * ramp)
    }
    return SyntheticBuyingWindow(
      start: start, open: open, converts: converts, strength: strength, members: members,
      joinDays: joinDays, economicBuyer: economicBuyer,
      hasChampion: random.chance(converts ? 0.35 + 0.3 * fit : 0.15))
  }

  private mutating func pickInitiator(from eligible: [Int]) -> Int {
    let weights: [Seniority: Double] = [
      .executive: 0.5, .vicePresident: 1.5, .director: 3, .manager: 3, .individualContributor: 1,
    ]
    return SyntheticWeightedChoice(eligible.map { ($0, weights[people[$0].seniority] ?? 1) })
      .draw(using: &random)
  }

  private mutating func pickEconomicBuyer(from eligible: [Int], excluding members: [Int]) -> Int? {
    let candidates = eligible.filter { people[$0].isSenior && !members.contains($0) }
    guard !candidates.isEmpty else { return nil }
    return SyntheticWeightedChoice(
      candidates.map { candidate in
        let department = people[candidate].department
        return (candidate, department == .finance || department == .executive ? 3.0 : 1.0)
      }
    ).draw(using: &random)
  }

  /// Another member, preferring departments the committee does not cover yet.
  private mutating func pickMember(from eligible: [Int], excluding members: [Int]) -> Int? {
    let candidates = eligible.filter { !members.contains($0) }
    guard !candidates.isEmpty else { return nil }
    let covered = Set(members.map { people[$0].department })
    return SyntheticWeightedChoice(
      candidates.map { ($0, covered.contains(people[$0].department) ? 1.0 : 2.0) }
    ).draw(using: &random)
  }

  /// Moves a person's creation to one to three days before `day` if they were created later.
  private mutating func ensureCreated(_ person: Int, before day: Int) {
    let latest = SyntheticTime.milliseconds(ofDay: day - 1)
    guard people[person].createdAt > latest else { return }
    let created =
      SyntheticTime.milliseconds(ofDay: day - random.int(in: 1...3))
      + Int64(random.int(below: 86_400)) * 1_000
    people[person].contact.createdAt = Timestamp(millisecondsSince1970: created)
  }

  // MARK: Simulation

  /// Research, trial and qualification answers before the opening; then, for a deal, the
  /// outcome drawn from the true model and everything that follows from it.
  mutating func simulate(_ window: SyntheticBuyingWindow, tallies: inout SyntheticTallies) {
    let openAt = SyntheticTime.milliseconds(ofDay: window.open)
    for (member, joinDay) in zip(window.members, window.joinDays) {
      research(by: member, from: joinDay, until: window.open, in: window)
    }
    if random.chance(employees < 200 ? 0.3 : 0.12) { trial(in: window) }
    if random.chance(window.converts ? 0.7 : 0.3) { assessBANT(before: window) }
    guard window.converts, window.open <= context.lastDay else { return }
    let extractor = SyntheticWinFeatureExtractor(
      isSenior: people.map { SyntheticWinModel.isSenior(title: $0.contact.title) }, fit: fit)
    let features = extractor.features(
      openedAt: openAt,
      highIntent: events.lazy.filter(\.kind.isHighIntent).map {
        (contact: Int($0.person), time: $0.time)
      },
      answers: qualifications.lazy.filter { $0.subjectType != .opportunity }.map {
        ($0.criterion, $0.value, $0.assessedAt.millisecondsSince1970)
      })
    let probability = SyntheticWinModel.probabilityOfWinning(features)
    let won = random.uniform() < probability
    let id = SyntheticContext.identifier("O", tallies.nextOpportunity, width: 8)
    tallies.nextOpportunity += 1
    truths.append(
      SyntheticDealTruth(
        opportunityID: id, features: features, probabilityOfWinning: probability, won: won))
    openDeal(id: id, window: window, won: won)
  }

  private mutating func research(
    by member: Int, from joinDay: Int, until open: Int, in window: SyntheticBuyingWindow
  ) {
    let activeDays = max(1, open - joinDay)
    let role =
      member == window.initiator && window.hasChampion
      ? 4.0 : member == window.economicBuyer ? 0.6 : 1.0
    let lower = SyntheticTime.milliseconds(ofDay: joinDay)
    let upper = SyntheticTime.milliseconds(ofDay: open) - 1
    let intense = 0.045 * window.strength * propensity.squareRoot() * role * Double(activeDays)
    for _ in 0..<random.poisson(intense) {
      // Density rising towards the opening: day = join + span · √u.
      let day = joinDay + Int(Double(activeDays) * random.uniform().squareRoot())
      emit(
        SyntheticActivityMix.research.draw(using: &random), by: member,
        at: time(onDay: day, from: lower, to: upper))
    }
    for _ in 0..<random.poisson(0.05 * window.strength * Double(activeDays)) {
      let day = joinDay + random.int(below: activeDays)
      emit(
        SyntheticActivityMix.browsing.draw(using: &random), by: member,
        at: time(onDay: day, from: lower, to: upper))
    }
  }

  /// A trial sign-up by the initiator and a few weeks of product usage by up to three
  /// members.
  private mutating func trial(in window: SyntheticBuyingWindow) {
    let day = window.start + random.int(below: window.open - window.start)
    let start = SyntheticTime.milliseconds(ofDay: day)
    let signup = time(onDay: day, from: start, to: start + SyntheticTime.millisecondsPerDay)
    emit(.trialSignup, by: window.initiator, at: signup)
    let users = window.members.prefix(random.int(in: 1...3))
    for user in users { use(by: user, fromDay: day, days: random.int(in: 14...30), rate: 0.45) }
  }

  /// Product usage on `days` days from `fromDay`, `rate` events a day on average.
  mutating func use(by person: Int, fromDay: Int, days: Int, rate: Double) {
    let lower = SyntheticTime.milliseconds(ofDay: fromDay)
    let upper = SyntheticTime.milliseconds(ofDay: fromDay + days)
    for _ in 0..<random.poisson(rate * Double(days)) {
      emit(
        .productUsage, by: person,
        at: time(onDay: fromDay + random.int(below: days), from: lower, to: upper))
    }
  }

  /// The SDR's BANT answers about the initiator, 1 to 20 days before the opening; more
  /// often met for fitting accounts, strong research and a champion. Stalled projects
  /// sometimes end with "no purchase for 24 months".
  private mutating func assessBANT(before window: SyntheticBuyingWindow) {
    let day = max(window.start, window.open - random.int(in: 1...20))
    guard day <= context.lastDay else { return }
    let chance =
      1
      / (1 + exp(-(-0.4 + 1.4 * fit + 0.8 * log(window.strength) + (window.hasChampion ? 0.6 : 0))))
    let subject = people[window.initiator].contact.id
    for criterion in [QualificationCriterion.budget, .authority, .need, .timeline] {
      var value = answer(metChance: chance)
      var note: String?
      if criterion == .timeline, !window.converts, random.chance(0.3) {
        value = .unmet
        note = "no purchase for 24 months"
      }
      qualifications.append(
        Qualification(
          subjectType: .contact, subjectID: subject, criterion: criterion, value: value,
          assessedAt: SyntheticTime.midnight(day), note: note))
    }
  }

  /// `met` with the given chance, else partial, unmet or unknown (45 : 30 : 25).
  mutating func answer(metChance: Double) -> QualificationValue {
    guard !random.chance(metChance) else { return .met }
    let draw = random.uniform()
    return draw < 0.45 ? .partial : draw < 0.75 ? .unmet : .unknown
  }
}
