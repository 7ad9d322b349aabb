import QuorumAnalytics
import Testing

@Suite struct PersonaClassifierTests {
  static let titles: [(String, Seniority, Department)] = [
    ("CFO", .executive, .finance),
    ("CEO", .executive, .executive),
    ("Founder & CEO", .executive, .executive),
    ("Co-Founder & CTO", .executive, .engineering),
    ("Chief Revenue Officer", .executive, .sales),
    ("Chief Information Officer", .executive, .it),
    ("CISO", .executive, .it),
    ("COO", .executive, .operations),
    ("Chief Marketing Officer", .executive, .marketing),
    ("Chief People Officer", .executive, .hr),
    ("Chief Procurement Officer", .executive, .procurement),
    ("Chief Product Officer", .executive, .product),
    ("President", .executive, .executive),
    ("Owner", .executive, .executive),
    ("Managing Director", .executive, .executive),
    ("Chairman of the Board", .executive, .executive),
    ("General Counsel", .executive, .legal),
    ("Deputy General Counsel", .vicePresident, .legal),
    ("Deputy CFO", .vicePresident, .finance),
    ("VP Eng", .vicePresident, .engineering),
    ("SVP, Finance", .vicePresident, .finance),
    ("EVP", .vicePresident, .executive),
    ("Vice President of Sales", .vicePresident, .sales),
    ("Vice-President, Information Technology", .vicePresident, .it),
    ("AVP, Procurement", .vicePresident, .procurement),
    ("VP, Customer Success", .vicePresident, .operations),
    ("VP of People", .vicePresident, .hr),
    ("Sr. Dir., IT", .director, .it),
    ("Dir. of Engineering", .director, .engineering),
    ("Head of Procurement", .director, .procurement),
    ("Head of Growth", .director, .marketing),
    ("Director, Product Marketing", .director, .marketing),
    ("Regional Sales Director", .director, .sales),
    ("Supply Chain Director", .director, .operations),
    ("Director of FP&A", .director, .finance),
    ("Executive Director", .director, .executive),
    ("Chief of Staff", .director, .executive),
    ("Treasurer", .director, .finance),
    ("IT Manager", .manager, .it),
    ("Engineering Manager", .manager, .engineering),
    ("Talent Acquisition Lead", .manager, .hr),
    ("Sr. Mgr, Demand Generation", .manager, .marketing),
    ("Controller", .manager, .finance),
    ("Tax Manager", .manager, .finance),
    ("Plant Manager", .manager, .operations),
    ("Warehouse Supervisor", .manager, .operations),
    ("Office Manager", .manager, .operations),
    ("Product Manager", .manager, .product),
    ("Sales Operations Manager", .manager, .sales),
    ("Marketing Ops Manager", .manager, .marketing),
    ("Associate Director, Clinical Operations", .manager, .operations),
    ("Software Engineer II", .individualContributor, .engineering),
    ("Senior Software Engineer", .individualContributor, .engineering),
    ("SRE", .individualContributor, .engineering),
    ("DevOps Engineer", .individualContributor, .engineering),
    ("Data Scientist", .individualContributor, .engineering),
    ("QA Tester", .individualContributor, .engineering),
    ("Network Administrator", .individualContributor, .it),
    ("Help Desk Technician", .individualContributor, .it),
    ("Systems Analyst", .individualContributor, .it),
    ("Purchasing Agent", .individualContributor, .procurement),
    ("Buyer", .individualContributor, .procurement),
    ("Procurement Officer", .individualContributor, .procurement),
    ("Paralegal", .individualContributor, .legal),
    ("Compliance Officer", .individualContributor, .legal),
    ("Corporate Counsel", .individualContributor, .legal),
    ("HR Business Partner", .individualContributor, .hr),
    ("Technical Recruiter", .individualContributor, .hr),
    ("Payroll Specialist", .individualContributor, .hr),
    ("RevOps Analyst", .individualContributor, .operations),
    ("Accounts Payable Clerk", .individualContributor, .finance),
    ("Financial Systems Analyst", .individualContributor, .finance),
    ("Staff Accountant", .individualContributor, .finance),
    ("FP&A Analyst", .individualContributor, .finance),
    ("Account Executive", .individualContributor, .sales),
    ("Senior Account Manager", .individualContributor, .sales),
    ("SDR", .individualContributor, .sales),
    ("Business Development Representative", .individualContributor, .sales),
    ("Sales Engineer", .individualContributor, .sales),
    ("Content Marketing Specialist", .individualContributor, .marketing),
    ("Marketing Coordinator", .individualContributor, .marketing),
    ("Graphic Designer", .individualContributor, .marketing),
    ("Product Owner", .individualContributor, .product),
    ("UX Designer", .individualContributor, .product),
    ("Customer Support Specialist", .individualContributor, .operations),
    ("Logistics Coordinator", .individualContributor, .operations),
    ("Executive Assistant to the CEO", .individualContributor, .other),
    ("Assistant to the CFO", .individualContributor, .other),
    ("Intern", .individualContributor, .other),
    ("Management Consultant", .individualContributor, .other),
    ("Project Manager", .manager, .other),
    ("", .unknown, .other),
    ("Ninja", .unknown, .other),
  ]

  @Test func titleTableHasAtLeastSixtyDistinctTitles() {
    #expect(Set(Self.titles.map(\.0)).count == Self.titles.count)
    #expect(Self.titles.count >= 60)
  }

  @Test(arguments: titles)
  func realJobTitlesMapToPersonas(title: String, seniority: Seniority, department: Department) {
    let persona = PersonaClassifier().classify(title: title)
    #expect(persona == Persona(seniority: seniority, department: department), "\(title)")
  }

  @Test func explicitSeniorityAndDepartmentColumnsWinOverTheTitle() {
    let classifier = PersonaClassifier()
    #expect(
      classifier.classify(title: "Software Engineer", seniority: "Mgr", department: "R&D")
        == Persona(seniority: .manager, department: .engineering))
    #expect(
      classifier.classify(title: "CFO", seniority: "Director", department: "Human Resources")
        == Persona(seniority: .director, department: .hr))
    #expect(
      classifier.classify(title: "Analyst", seniority: "C-Level", department: nil)
        == Persona(seniority: .executive, department: .executive))
  }

  @Test func columnsThatSayNothingLeaveTheDecisionToTheTitle() {
    let classifier = PersonaClassifier()
    #expect(
      classifier.classify(title: "VP Eng", seniority: "Unknown", department: "Other")
        == Persona(seniority: .vicePresident, department: .engineering))
    #expect(
      classifier.classify(title: "IT Manager", seniority: "", department: "N/A")
        == Persona(seniority: .manager, department: .it))
  }

  @Test(arguments: [
    ("VP", Seniority.vicePresident), ("Vice President", .vicePresident),
    ("C-Level", .executive), ("C Suite", .executive), ("CXO", .executive),
    ("Executive", .executive), ("Owner", .executive), ("Director", .director),
    ("Senior Director", .director), ("Head", .director), ("Mgr", .manager),
    ("Manager", .manager), ("Senior Manager", .manager),
    ("Individual Contributor", .individualContributor), ("Entry", .individualContributor),
    ("Entry Level", .individualContributor), ("Senior", .individualContributor),
    ("Non-Manager", .individualContributor), ("CFO", .executive),
  ])
  func messySeniorityColumnValuesParse(value: String, expected: Seniority) {
    #expect(PersonaClassifier().parseSeniority(column: value) == expected, "\(value)")
  }

  @Test(arguments: [
    ("Information Technology", Department.it), ("IT", .it), ("R&D", .engineering),
    ("Research & Development", .engineering), ("Human Resources", .hr), ("HR", .hr),
    ("Finance & Accounting", .finance), ("Accounting", .finance), ("Sales", .sales),
    ("Business Development", .sales), ("Marketing", .marketing), ("Legal", .legal),
    ("Purchasing", .procurement), ("Procurement", .procurement),
    ("Operations", .operations), ("Engineering", .engineering), ("Product", .product),
    ("Executive", .executive), ("C-Suite", .executive), ("Management", .executive),
  ])
  func messyDepartmentColumnValuesParse(value: String, expected: Department) {
    #expect(PersonaClassifier().parseDepartment(column: value) == expected, "\(value)")
  }

  @Test(arguments: ["Unknown", "Other", "N/A", "", "None"])
  func emptyOrUnknownColumnValuesDoNotParse(value: String) {
    #expect(PersonaClassifier().parseSeniority(column: value) == nil)
    #expect(PersonaClassifier().parseDepartment(column: value) == nil)
  }
}
