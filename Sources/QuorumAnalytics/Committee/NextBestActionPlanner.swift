/// Turns an account's committee gaps into ordered, concrete next best actions.
///
/// Rules, each yielding at most one action, ordered by ``NextBestActionCode``:
/// - no contacts → source contacts in the departments the required roles come from;
/// - contacts but nobody engaged → start outreach with the most senior contact (and
///   re-engage a named champion);
/// - every champion quiet for `quietAfterDays` or more → re-engage the top champion;
/// - each missing required role → reach it (the member who holds it when one is known,
///   otherwise its departments: economic buyer → finance leadership, technical evaluator
///   → IT and engineering, user → the buying functions, …); a missing champion → develop
///   the contact with the highest champion score;
/// - single-threaded → multi-thread into the departments of the missing roles;
/// - a named blocker engaged → address their objections;
/// - no gap → advance the deal with the champion.
public enum NextBestActionPlanner {
  /// The actions for one account, most urgent first; never empty.
  ///
  /// - Parameters:
  ///   - members: the account's committee.
  ///   - coverage: its coverage as of `asOf`.
  ///   - champions: the champion verdicts of its contacts.
  ///   - asOf: the analysis date ("gone quiet for 45 days").
  ///   - settings: required roles, buying departments, look-back and quiet periods.
  public static func actions(
    members: [CommitteeMember], coverage: CommitteeCoverage, champions: [ChampionAssessment],
    asOf: Timestamp, settings: CommitteeSettings
  ) -> [NextBestAction] {
    let context = PlanningContext(
      members: members, coverage: coverage, champions: champions, asOf: asOf, settings: settings)
    return context.actions().sorted { $0.code < $1.code }
  }
}

/// The facts the planner's rules read, computed once per account.
private struct PlanningContext {
  let members: [CommitteeMember]
  let coverage: CommitteeCoverage
  let asOf: Timestamp
  let settings: CommitteeSettings
  let engaged: Set<String>
  /// Champions, best first.
  let champions: [ChampionAssessment]
  /// Non-champions with some champion score, best first.
  let candidates: [ChampionAssessment]

  init(
    members: [CommitteeMember], coverage: CommitteeCoverage, champions: [ChampionAssessment],
    asOf: Timestamp, settings: CommitteeSettings
  ) {
    self.members = members
    self.coverage = coverage
    self.asOf = asOf
    self.settings = settings
    engaged = Set(coverage.engagedContactIDs)
    let blockers = Set(members.filter { $0.role == .blocker }.map(\.contactID))
    let ranked = champions.sorted { ($1.score, $0.contactID) < ($0.score, $1.contactID) }
    self.champions = ranked.filter(\.isChampion)
    candidates = ranked.filter {
      !$0.isChampion && $0.score > 0 && !blockers.contains($0.contactID)
    }
  }

  func actions() -> [NextBestAction] {
    if members.isEmpty { return [sourceContacts()] }
    if engaged.isEmpty { return [startEngagement()] + [reengageChampion()].compactMap { $0 } }
    var actions = [reengageChampion()].compactMap { $0 }
    actions += coverage.missingRoles.compactMap(reach)
    if coverage.singleThreaded { actions.append(multiThread()) }
    if let blocker = members.first(where: { $0.role == .blocker && engaged.contains($0.contactID) })
    {
      actions.append(
        NextBestAction(
          code: .addressBlocker,
          text: "blocker \(person(blocker)) is engaged — address their objections",
          contactID: blocker.contactID))
    }
    return actions.isEmpty ? [advanceDeal()] : actions
  }

  private func sourceContacts() -> NextBestAction {
    let functions = uniqueDepartments(
      settings.requiredRoles.compactMap { departments(for: $0).first })
    let target =
      functions.isEmpty
      ? "the buying committee" : CommitteeText.list(functions.map(CommitteeText.label))
    return NextBestAction(
      code: .sourceContacts, text: "no contacts known — source contacts in \(target)",
      departments: functions)
  }

  private func startEngagement() -> NextBestAction {
    let senior = members.min {
      ($0.persona.seniority, $0.role, $0.contactID) < ($1.persona.seniority, $1.role, $1.contactID)
    }
    let window = Int(settings.lookbackDays.rounded())
    let whom = senior.map { "with \(person($0)), the most senior contact" } ?? ""
    return NextBestAction(
      code: .startEngagement,
      text: "nobody engaged in the last \(window) days — start outreach \(whom)",
      contactID: senior?.contactID)
  }

  /// Re-engage the top champion when every champion has gone quiet.
  private func reengageChampion() -> NextBestAction? {
    guard let top = champions.first else { return nil }
    let quiet = champions.allSatisfy { champion in
      champion.daysQuiet(asOf: asOf).map { Double($0) >= settings.champion.quietAfterDays } ?? true
    }
    guard quiet else { return nil }
    let who = person(id: top.contactID)
    let text: String
    if let days = top.daysQuiet(asOf: asOf) {
      text = "champion has gone quiet for \(days) days — re-engage \(who)"
    } else {
      text = "champion \(who) has no recorded engagement — re-engage"
    }
    return NextBestAction(code: .reengageChampion, text: text, contactID: top.contactID)
  }

  /// The action for one missing required role.
  private func reach(_ role: CommitteeRole) -> NextBestAction? {
    let functions = departments(for: role)
    let target = members.first { $0.role == role && !engaged.contains($0.contactID) }
    let group = CommitteeText.list(functions.prefix(2).map(CommitteeText.label))
    func action(_ code: NextBestActionCode, _ gap: String, _ step: String, _ general: String)
      -> NextBestAction
    {
      let text = "\(gap) — \(step) " + (target.map(person) ?? general)
      return NextBestAction(
        code: code, text: text, contactID: target?.contactID,
        departments: target == nil ? functions : [])
    }
    switch role {
    case .economicBuyer:
      return action(
        .reachEconomicBuyer, "no economic buyer engaged", "reach", "finance leadership")
    case .champion: return developChampion()
    case .technicalEvaluator:
      return action(
        .addTechnicalEvaluator, "no technical evaluator", "offer a technical deep-dive to",
        group)
    case .decisionMaker:
      return action(
        .reachDecisionMaker, "no decision maker engaged", "reach",
        "leadership in \(group)")
    case .user:
      return action(
        .engageUsers, "no user engaged", "offer a hands-on trial to", "\(group) teams")
    case .procurement:
      return action(
        .engageProcurement, "procurement not engaged", "introduce the paper process to",
        "procurement")
    case .legal:
      return action(.engageLegal, "legal not engaged", "share contract terms early with", "legal")
    case .influencer:
      return action(
        .engageInfluencer, "no influencer engaged", "share proof points with",
        "senior stakeholders")
    case .blocker, .other: return nil
    }
  }

  private func developChampion() -> NextBestAction {
    guard let candidate = candidates.first else {
      return NextBestAction(
        code: .developChampion,
        text: "no champion — invite engaged contacts to a demo or meeting to find one")
    }
    let score = Int(candidate.score.rounded())
    return NextBestAction(
      code: .developChampion,
      text: "no champion — develop \(person(id: candidate.contactID)), the most engaged "
        + "contact (champion score \(score))",
      contactID: candidate.contactID)
  }

  private func multiThread() -> NextBestAction {
    let engagedDepartments = Set(coverage.engagedDepartments)
    var targets = uniqueDepartments(
      coverage.missingRoles.compactMap { role in
        departments(for: role).first { !engagedDepartments.contains($0) }
      })
    if targets.isEmpty {
      targets = Array(
        Department.allCases.filter {
          settings.buyingDepartments.contains($0) && !engagedDepartments.contains($0)
        }.prefix(2))
    }
    targets = Array(targets.prefix(3))
    let thread = coverage.leadingContactID.map { person(id: $0) } ?? "one contact"
    let into =
      targets.isEmpty
      ? "more people" : CommitteeText.list(targets.map(CommitteeText.label))
    return NextBestAction(
      code: .multiThread, text: "single-threaded on \(thread) — multi-thread into \(into)",
      contactID: coverage.leadingContactID, departments: targets)
  }

  private func advanceDeal() -> NextBestAction {
    let with = champions.first.map { person(id: $0.contactID) } ?? "the committee"
    return NextBestAction(
      code: .advanceDeal,
      text: "committee covered — agree a mutual close plan with \(with)",
      contactID: champions.first?.contactID)
  }

  /// The departments a role is usually found in, in the order to try them.
  private func departments(for role: CommitteeRole) -> [Department] {
    let technical: Set<Department> = [.it, .engineering]
    switch role {
    case .economicBuyer: return [.finance, .executive]
    case .technicalEvaluator: return [.it, .engineering]
    case .user:
      return Department.allCases.filter {
        settings.buyingDepartments.contains($0) && !technical.contains($0)
      }
    case .decisionMaker: return Department.allCases.filter(settings.buyingDepartments.contains)
    case .procurement: return [.procurement]
    case .legal: return [.legal]
    case .champion, .influencer, .blocker, .other: return []
    }
  }

  private func uniqueDepartments(_ departments: [Department]) -> [Department] {
    var seen: Set<Department> = []
    return departments.filter { seen.insert($0).inserted }
  }

  private func person(_ member: CommitteeMember) -> String {
    CommitteeText.person(id: member.contactID, name: member.name)
  }

  private func person(id: String) -> String {
    CommitteeText.person(id: id, name: members.first { $0.contactID == id }?.name)
  }
}
