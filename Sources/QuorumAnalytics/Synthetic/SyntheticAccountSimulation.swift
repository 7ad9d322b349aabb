import Foundation

/// The life of one account over the period: its firmographics, its people, their
/// background behaviour, and its buying windows and deals (in
/// `SyntheticAccountSimulation+Windows.swift` and `+Deals.swift`).
///
/// Every draw comes from the account's own random stream, so an account's data depends
/// only on the seed, its number and the identifier counters it starts from.
struct SyntheticAccountSimulation {
  let context: SyntheticContext
  var random: Xoshiro256StarStar
  let account: Account
  let fit: Double
  let employees: Int
  let company: SyntheticCompanyName
  let createdDay: Int
  /// Seconds the account's business day is ahead of UTC.
  let utcOffsetSeconds: Int
  /// Multiplies everyone's activity at this account.
  let propensity: Double
  let emailPattern: Int
  var people: [SyntheticPerson] = []
  var events: [SyntheticEvent] = []
  var qualifications: [Qualification] = []
  var opportunities: [Opportunity] = []
  var roles: [OpportunityContact] = []
  var truths: [SyntheticDealTruth] = []

  static let salesReps = [
    "Dana Whitfield", "Marcus Chen", "Priya Raman", "Tom Okafor", "Elena Petrova",
    "Sam Rivera", "Hannah Berg", "Luis Ortega", "Grace Kim", "Omar Haddad", "Julia Novak",
    "Ben Carter", "Aiko Tanaka", "Chris Dubois", "Nina Jensen", "Victor Silva",
  ]

  init(index: Int, context: SyntheticContext) {
    self.context = context
    var random = Xoshiro256StarStar(seed: context.settings.seed, stream: UInt64(index))
    let industry = SyntheticIndustryCatalog.choice.draw(using: &random)
    let country = SyntheticCountryCatalog.choice.draw(using: &random)
    let employees = Int(min(250_000, max(2, random.logNormal(median: 120, sigma: 1.5))).rounded())
    let brand = SyntheticCompanyNames.brand(
      index: index, count: context.settings.accounts, seed: context.settings.seed)
    let company = SyntheticCompanyNames.name(
      brand: brand, industry: industry, country: country, using: &random)
    let domain = SyntheticCompanyNames.domain(of: company, country: country, using: &random)
    let revenue =
      (Double(employees) * industry.revenuePerEmployee
      * random.logNormal(median: 1, sigma: 0.45) / 1_000).rounded() * 1_000
    let createdDay =
      random.chance(0.65)
      ? context.firstDay - random.int(in: 30...1_200)
      : random.int(in: context.firstDay...max(context.firstDay, context.lastDay - 60))
    var account = Account(
      id: SyntheticContext.identifier("A", index + 1, width: 7), name: company.canonical,
      domain: random.chance(0.02) ? nil : domain, industry: industry.name,
      employees: employees, annualRevenue: random.chance(0.08) ? nil : revenue,
      country: country.name, region: country.region.rawValue,
      createdAt: SyntheticTime.midnight(createdDay),
      attributes: [
        "crm_owner": random.pick(Self.salesReps),
        "segment": employees < 200 ? "SMB" : employees < 2_000 ? "Mid-Market" : "Enterprise",
      ])
    let fit = SyntheticWinModel.fit(of: account)
    let tierScore = fit + 0.15 * random.normal()
    account.targetTier =
      tierScore > 0.75 ? "Tier 1" : tierScore > 0.55 ? "Tier 2" : tierScore > 0.4 ? "Tier 3" : nil
    self.account = account
    self.fit = fit
    self.employees = employees
    self.company = company
    self.createdDay = createdDay
    utcOffsetSeconds = random.pick(country.utcOffsets) * 3_600
    propensity = random.logNormal(median: 1, sigma: 0.5)
    emailPattern = random.int(below: 4)
    self.random = random
  }

  /// Simulates the account and returns its batch and the truth about its deals.
  mutating func run(tallies: inout SyntheticTallies) -> (CRMData, [SyntheticDealTruth]) {
    makePeople(tallies: &tallies)
    let windows = planWindows()
    assignSources(tallies: &tallies)
    makeBackground()
    for window in windows { simulate(window, tallies: &tallies) }
    return (assemble(), truths)
  }

  // MARK: People

  private mutating func makePeople(tallies: inout SyntheticTallies) {
    let expected = 1.8 * pow(Double(employees), 0.33)
    let count = min(300, max(1, random.poisson(expected)))
    for _ in 0..<count { addPerson(unmatched: false, tallies: &tallies) }
    for _ in 0..<random.poisson(0.08) { addPerson(unmatched: true, tallies: &tallies) }
  }

  private mutating func addPerson(unmatched: Bool, tallies: inout SyntheticTallies) {
    let department =
      unmatched
      ? Department.other
      : SyntheticJobTitles.departmentChoice(smallCompany: employees < 100).draw(using: &random)
    let seniority =
      unmatched
      ? Seniority.individualContributor
      : SyntheticJobTitles.seniorityChoice(for: department).draw(using: &random)
    let isJobSeeker = random.chance(unmatched ? 0.6 : 0.03)
    let day =
      random.chance(0.25)
      ? context.firstDay - random.int(in: 1...730)
      : random.int(in: context.firstDay...context.lastDay)
    let firstName = random.pick(SyntheticPersonNames.firstNames)
    let lastName = random.pick(SyntheticPersonNames.lastNames)
    let linked = !unmatched && !random.chance(0.065)
    var contact = Contact(
      id: SyntheticContext.identifier("C", tallies.nextContact, width: 9),
      accountID: linked ? account.id : nil,
      email: email(first: firstName, last: lastName, linked: linked, unmatched: unmatched),
      company: companyAsWritten(linked: linked, unmatched: unmatched),
      firstName: firstName, lastName: lastName,
      title: title(department: department, seniority: seniority, unmatched: unmatched),
      department: written(department, in: SyntheticJobTitles.departmentWritings, share: 0.55),
      seniority: written(seniority, in: SyntheticJobTitles.seniorityWritings, share: 0.65),
      createdAt: Timestamp(
        millisecondsSince1970: min(timeOfDay(day), context.periodEnd - 3_600_000)))
    if random.chance(0.8) {
      let score = 20 + 12 * Double(4 - seniority.rank) + 15 * random.normal()
      contact.attributes["lead_score_legacy"] = String(Int(min(100, max(0, score)).rounded()))
    }
    tallies.nextContact += 1
    people.append(
      SyntheticPerson(
        contact: contact, department: department, seniority: seniority,
        propensity: random.logNormal(median: 0.7, sigma: 1), isJobSeeker: isJobSeeker,
        isUnmatched: unmatched))
  }

  private mutating func email(first: String, last: String, linked: Bool, unmatched: Bool)
    -> String?
  {
    let draw = random.uniform()
    let (freeMail, none) = unmatched ? (0.9, 1.0) : linked ? (0.05, 0.07) : (0.35, 0.5)
    if draw >= freeMail && draw < none { return nil }
    let given = SyntheticPersonNames.emailToken(first)
    let family = SyntheticPersonNames.emailToken(last)
    guard draw >= none, let domain = account.domain else {
      let freeDomain = SyntheticPersonNames.freeMailDomains.draw(using: &random)
      let number = random.chance(0.5) ? String(random.int(in: 1...99)) : ""
      return "\(given).\(family)\(number)@\(freeDomain)"
    }
    switch emailPattern {
    case 0: return "\(given).\(family)@\(domain)"
    case 1: return "\(given.prefix(1))\(family)@\(domain)"
    case 2: return "\(given)_\(family)@\(domain)"
    default: return "\(given)\(family.prefix(1))@\(domain)"
    }
  }

  private mutating func companyAsWritten(linked: Bool, unmatched: Bool) -> String? {
    if unmatched { return random.pick(SyntheticCompanyNames.unmatchedCompanies) }
    let draw = random.uniform()
    if linked {
      return draw < 0.85 ? company.canonical : draw < 0.95 ? company.variant(using: &random) : nil
    }
    return draw < 0.7 ? company.variant(using: &random) : company.canonical
  }

  private mutating func title(department: Department, seniority: Seniority, unmatched: Bool)
    -> String?
  {
    if unmatched {
      return random.pick(["Student", "Consultant", "Office Manager", "Software Engineer"])
    }
    guard !random.chance(0.04) else { return nil }
    return SyntheticJobTitles.title(department: department, seniority: seniority, using: &random)
  }

  private mutating func written<Value: Hashable>(
    _ value: Value, in writings: [Value: [String]], share: Double
  ) -> String? {
    guard random.chance(share), let options = writings[value] else { return nil }
    return random.pick(options)
  }

  /// Draws every person's lead source and campaign from their (final) creation day and
  /// counts the leads for the spend.
  private mutating func assignSources(tallies: inout SyntheticTallies) {
    for index in people.indices {
      let day = Timestamp(millisecondsSince1970: people[index].createdAt).daysSince1970
      let source = SyntheticChannel.leadSources.draw(using: &random)
      people[index].source = source
      people[index].contact.source = source.rawValue
      guard day >= context.firstDay else { continue }
      if source == .partner {
        tallies.partnerLeadsByMonth[context.calendar.monthOffset(ofDay: day)] += 1
      }
      guard let campaign = context.calendar.campaign(of: source, onDay: day, using: &random)
      else { continue }
      tallies.leadsByCampaign[campaign] += 1
      people[index].campaign = Int32(campaign)
      people[index].contact.campaignID = context.calendar.campaigns[campaign].id
    }
  }

  // MARK: Background behaviour

  /// First touches, unsubscribes, bounces and low-intent noise over each person's time in
  /// the CRM.
  private mutating func makeBackground() {
    for index in people.indices {
      let person = people[index]
      let from = max(person.createdAt + 1_000, context.periodStart)
      guard from < context.periodEnd else { continue }
      if person.createdAt >= context.periodStart {
        let touch = person.createdAt + Int64(random.int(in: 60...1_800)) * 1_000
        emit(person.source.firstTouch, by: index, at: touch, campaign: person.campaign)
      }
      if random.chance(0.06) {
        let time = uniformTime(from: from, to: context.periodEnd)
        emit(.unsubscribe, by: index, at: time)
        people[index].emailStop = min(people[index].emailStop, time ?? .max)
      }
      if random.chance(0.03) {
        let time = uniformTime(from: from, to: context.periodEnd)
        emit(.emailBounce, by: index, at: time)
        people[index].emailStop = min(people[index].emailStop, time ?? .max)
      }
      let mix =
        person.isJobSeeker
        ? SyntheticActivityMix.jobSeeker
        : person.isUnmatched ? SyntheticActivityMix.browsing : SyntheticActivityMix.noise
      let days = Double(context.periodEnd - from) / Double(SyntheticTime.millisecondsPerDay)
      let rate = person.isJobSeeker ? 0.03 : 0.016 * propensity * person.propensity
      for _ in 0..<random.poisson(rate * days) {
        emit(
          mix.draw(using: &random), by: index, at: uniformTime(from: from, to: context.periodEnd))
      }
    }
  }

  // MARK: Events

  /// Records an activity if it is possible: after the person was created, inside the
  /// period, and (for e-mail activity) before they unsubscribed or bounced. The campaign
  /// defaults to one of the kind's channel running that day.
  mutating func emit(
    _ kind: SyntheticActivityKind, by person: Int, at time: Int64?, campaign: Int32? = nil
  ) {
    guard let time, time > people[person].createdAt, time >= context.periodStart,
      time <= context.periodEnd, !(kind.isEmail && time >= people[person].emailStop)
    else { return }
    var campaignIndex = campaign ?? -1
    if campaign == nil, let channel = kind.campaignChannel {
      let day = Timestamp(millisecondsSince1970: time).daysSince1970
      campaignIndex =
        context.calendar.campaign(of: channel, onDay: day, using: &random).map {
          Int32($0)
        } ?? -1
    }
    let details = kind.details.count
    events.append(
      SyntheticEvent(
        time: time, person: Int32(person), kind: kind,
        detail: details == 0 ? -1 : Int16(random.int(below: details)), campaign: campaignIndex))
  }

  /// A business-hours moment on `day` (weekends mostly moved to Friday or Monday) in the
  /// account's time zone, or `nil` when it falls outside [lower, upper].
  mutating func time(onDay day: Int, from lower: Int64, to upper: Int64) -> Int64? {
    var day = day
    let weekday = SyntheticTime.weekday(ofDay: day)
    if weekday >= 5, random.chance(0.8) { day += weekday == 5 ? -1 : 1 }
    let time = timeOfDay(day)
    return time >= lower && time <= upper ? time : nil
  }

  /// A uniformly chosen day's business-hours moment within [lower, upper].
  mutating func uniformTime(from lower: Int64, to upper: Int64) -> Int64? {
    let first = Timestamp(millisecondsSince1970: lower).daysSince1970
    let last = Timestamp(millisecondsSince1970: upper).daysSince1970
    return time(onDay: random.int(in: first...last), from: lower, to: upper)
  }

  /// A moment of `day` in the account's local business hours (88 %) or early morning
  /// and evening, whole seconds, as UTC milliseconds.
  private mutating func timeOfDay(_ day: Int) -> Int64 {
    let local =
      random.chance(0.88)
      ? 8 * 3_600 + random.int(below: 10 * 3_600) : 6 * 3_600 + random.int(below: 18 * 3_600)
    return SyntheticTime.milliseconds(ofDay: day) + Int64(local - utcOffsetSeconds) * 1_000
  }

  // MARK: Output

  /// Moves an event that shares its second, person and kind with the one before it a second
  /// later: (contact, time, type) is an activity's natural key, so an export must not
  /// repeat it with other details (it would be a conflicting duplicate). Rare: two draws
  /// falling in the same second.
  private mutating func separateCollisions() {
    var moved = true
    while moved {
      moved = false
      for index in events.indices.dropFirst() {
        let previous = events[index - 1]
        if events[index].time == previous.time && events[index].person == previous.person
          && events[index].kind == previous.kind
        {
          events[index].time += 1_000
          moved = true
        }
      }
      if moved { events.sort(by: SyntheticEvent.precedes) }
    }
  }

  private mutating func assemble() -> CRMData {
    events.sort(by: SyntheticEvent.precedes)
    separateCollisions()
    let campaigns = context.calendar.campaigns
    let activities = events.map { event in
      Activity(
        contactID: people[Int(event.person)].contact.id,
        occurredAt: Timestamp(millisecondsSince1970: event.time), type: event.kind.type,
        campaignID: event.campaign >= 0 ? campaigns[Int(event.campaign)].id : nil,
        detail: event.detail >= 0 ? event.kind.details[Int(event.detail)] : nil)
    }
    return CRMData(
      accounts: [account], contacts: people.map(\.contact), activities: activities,
      opportunities: opportunities, opportunityContacts: roles, qualifications: qualifications)
  }
}
