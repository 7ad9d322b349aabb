import Testing

@testable import QuorumAnalytics

@Suite struct CommitteeRoleInferenceTests {
  typealias F = CommitteeFixture

  @Test(arguments: [
    ("CFO", CommitteeRole.economicBuyer, 0.9), ("Founder & CEO", .economicBuyer, 0.9),
    ("SVP, Finance", .economicBuyer, 0.75), ("CTO", .economicBuyer, 0.65),
    ("VP Eng", .decisionMaker, 0.7), ("Director of Operations", .decisionMaker, 0.6),
    ("IT Manager", .technicalEvaluator, 0.7), ("Software Engineer II", .technicalEvaluator, 0.7),
    ("RevOps Analyst", .user, 0.6), ("Marketing Coordinator", .user, 0.6),
    ("Head of Procurement", .procurement, 0.8), ("Purchasing Agent", .procurement, 0.8),
    ("General Counsel", .legal, 0.8), ("VP of People", .influencer, 0.5),
    ("Payroll Specialist", .influencer, 0.35), ("Staff Accountant", .influencer, 0.35),
    ("Ninja", .other, 0.1),
  ])
  func personasSuggestRoles(title: String, role: CommitteeRole, confidence: Double) {
    let persona = PersonaClassifier().classify(title: title)
    let inferred = CommitteeRoleInference().inferredRole(for: persona)
    #expect(inferred.role == role, "\(title)")
    #expect(abs(inferred.confidence - confidence) < 1e-9, "\(title)")
  }

  @Test func explicitRoleBeatsInference() throws {
    let cfo = F.contact("C-1", "CFO", name: "Dana Cruz")
    let opportunity = Opportunity(
      id: "O-1", accountID: "A", createdAt: F.day(2, 1), status: .open)
    let explicit = ExplicitRole.latest(
      opportunities: [opportunity],
      opportunityContacts: [
        OpportunityContact(opportunityID: "O-1", contactID: "C-1", role: .user)
      ],
      asOf: F.day(3, 1))
    let members = CommitteeRoleInference().members(
      of: [cfo], personas: [PersonaClassifier().classify(cfo)], explicitRoles: explicit)
    let member = try #require(members.first)
    #expect(member.role == .user)
    #expect(member.source == .explicit)
    #expect(member.confidence == 1)
    #expect(member.evidence == "role user on opportunity O-1 created 2025-02-01")
    #expect(member.persona == Persona(seniority: .executive, department: .finance))
    #expect(member.name == "Dana Cruz")
  }

  @Test func latestOpportunityCreatedByTheAsOfDateDecidesTheExplicitRole() {
    let opportunities = [
      Opportunity(
        id: "O-1", accountID: "A", createdAt: F.day(1, 10), status: .lost,
        closedAt: F.day(2, 1)),
      Opportunity(id: "O-2", accountID: "A", createdAt: F.day(3, 5), status: .open),
    ]
    let rows = [
      OpportunityContact(opportunityID: "O-2", contactID: "C-1", role: .economicBuyer),
      OpportunityContact(opportunityID: "O-1", contactID: "C-1", role: .champion),
      OpportunityContact(opportunityID: "O-9", contactID: "C-1", role: .blocker),
    ]
    let later = ExplicitRole.latest(
      opportunities: opportunities, opportunityContacts: rows, asOf: F.day(4, 1))
    #expect(later["C-1"]?.role == .economicBuyer)
    #expect(later["C-1"]?.opportunityID == "O-2")
    let earlier = ExplicitRole.latest(
      opportunities: opportunities, opportunityContacts: rows, asOf: F.day(2, 15))
    #expect(earlier["C-1"]?.role == .champion)
    let before = ExplicitRole.latest(
      opportunities: opportunities, opportunityContacts: rows, asOf: F.day(1, 1))
    #expect(before.isEmpty)
  }

  @Test func explicitRoleTiesDoNotDependOnRowOrder() {
    let opportunities = [
      Opportunity(id: "O-1", accountID: "A", createdAt: F.day(1, 10), status: .open),
      Opportunity(id: "O-2", accountID: "A", createdAt: F.day(1, 10), status: .open),
    ]
    let rows = [
      OpportunityContact(opportunityID: "O-1", contactID: "C-1", role: .user),
      OpportunityContact(opportunityID: "O-2", contactID: "C-1", role: .influencer),
      OpportunityContact(opportunityID: "O-1", contactID: "C-2", role: .user),
      OpportunityContact(opportunityID: "O-2", contactID: "C-2", role: .legal),
      OpportunityContact(opportunityID: "O-1", contactID: "C-2", role: .champion, isPrimary: true),
    ]
    for order in [rows, rows.reversed()] {
      let roles = ExplicitRole.latest(
        opportunities: opportunities, opportunityContacts: order, asOf: F.day(2, 1))
      #expect(roles["C-1"]?.role == .influencer)  // same date: the greater opportunity ID
      #expect(roles["C-2"]?.role == .champion)  // same date: the primary row first
    }
  }

  @Test func mostSeniorPersonInARelevantFunctionBecomesEconomicBuyerWhenNobodyIs() {
    let contacts = [
      F.contact("C-1", "Director of Engineering"), F.contact("C-2", "Finance Director"),
      F.contact("C-3", "IT Manager"), F.contact("C-4", "VP of People"),
    ]
    let members = CommitteeRoleInference().members(
      of: contacts, personas: contacts.map(PersonaClassifier().classify), explicitRoles: [:])
    let buyer = members.first { $0.role == .economicBuyer }
    // Both directors are equally senior; finance comes before a buying function. The VP of
    // People is more senior but HR is not a relevant function.
    #expect(buyer?.contactID == "C-2")
    #expect(buyer.map { abs($0.confidence - 0.5) < 1e-9 } == true)
    #expect(members.map(\.contactID) == ["C-2", "C-1", "C-3", "C-4"])
    #expect(
      members.map(\.role) == [.economicBuyer, .decisionMaker, .technicalEvaluator, .influencer])
  }

  @Test func noPromotionWhenAnEconomicBuyerIsKnown() {
    let contacts = [F.contact("C-1", "CFO"), F.contact("C-2", "VP Eng")]
    let members = CommitteeRoleInference().members(
      of: contacts, personas: contacts.map(PersonaClassifier().classify), explicitRoles: [:])
    #expect(members.map(\.role) == [.economicBuyer, .decisionMaker])
    #expect(members[0].evidence == "C-level in finance: controls the budget (title “CFO”)")
  }

  /// The table the committee builder looks roles up in holds, for every persona, exactly
  /// the role inference gives — also with other buying departments.
  @Test(arguments: [CommitteeSettings.defaultBuyingDepartments, [.hr]])
  func theRoleTableAgreesWithInferenceForEveryPersona(buying: Set<Department>) {
    let inference = CommitteeRoleInference(buyingDepartments: buying)
    let table = InferredRoleTable(inference)
    for seniority in Seniority.allCases {
      for department in Department.allCases {
        let persona = Persona(seniority: seniority, department: department)
        #expect(table[persona] == inference.inferredRole(for: persona), "\(persona)")
      }
    }
    let vpPeople = Persona(seniority: .vicePresident, department: .hr)
    #expect(table[vpPeople].role == (buying == [.hr] ? .decisionMaker : .influencer))
  }

  @Test func buyingDepartmentsAreConfigurable() {
    let hrSoftware = CommitteeRoleInference(buyingDepartments: [.hr])
    let vpPeople = Persona(seniority: .vicePresident, department: .hr)
    #expect(hrSoftware.inferredRole(for: vpPeople).role == .decisionMaker)
    #expect(CommitteeRoleInference().inferredRole(for: vpPeople).role == .influencer)
  }
}

@Suite struct CommitteeDisplayNameTests {
  @Test(
    arguments: [
      ("Dana", "Cruz", "Dana Cruz"), ("Dana", nil, "Dana"), (nil, "Cruz", "Cruz"),
      ("", "Cruz", "Cruz"), ("Dana", "", "Dana"),
    ] as [(String?, String?, String)])
  func aNameIsWhicheverPartsArePresent(first: String?, last: String?, name: String) {
    let contact = Contact(
      id: "C1", firstName: first, lastName: last, createdAt: Timestamp(millisecondsSince1970: 0))
    #expect(contact.committeeDisplayName == name)
  }

  @Test func noNamePartsIsNoName() {
    for (first, last) in [(nil, nil), ("", ""), ("", nil)] as [(String?, String?)] {
      let contact = Contact(
        id: "C1", firstName: first, lastName: last, createdAt: Timestamp(millisecondsSince1970: 0))
      #expect(contact.committeeDisplayName == nil)
    }
  }
}
