/// Job titles by department and seniority, and the messy ways CRMs write department and
/// seniority columns.
///
/// Every title belongs to exactly one seniority, so a title determines the seniority
/// (`SyntheticWinModel` reads "VP or C-level" from the title).
enum SyntheticJobTitles {
  /// Titles for (department, seniority); seniority order: c_level, vp, director, manager,
  /// individual contributor.
  static let titles: [Department: [[String]]] = [
    .executive: [
      ["CEO", "Chief Executive Officer", "Founder & CEO", "President", "Co-Founder", "Owner"],
      ["SVP, Strategy", "VP Strategy", "Vice President, Corporate Development"],
      ["Chief of Staff", "Director of Strategy"],
      ["Strategy Manager", "Program Manager, Office of the CEO"],
      ["Executive Assistant", "Strategy Analyst"],
    ],
    .finance: [
      ["CFO", "Chief Financial Officer"],
      ["VP Finance", "Vice President of Finance", "SVP Finance", "VP, FP&A"],
      [
        "Finance Director", "Director of Finance", "Sr. Director, FP&A", "Head of Finance",
        "Financial Controller",
      ],
      ["Finance Manager", "Accounting Manager", "FP&A Manager", "Payroll Manager"],
      [
        "Financial Analyst", "Senior Accountant", "Accountant", "Accounts Payable Specialist",
        "FP&A Analyst",
      ],
    ],
    .it: [
      ["CIO", "Chief Information Officer"],
      ["VP of IT", "Vice President, Information Technology", "VP Infrastructure"],
      ["IT Director", "Director of IT", "Head of IT", "Director, Enterprise Applications"],
      ["IT Manager", "Systems Manager", "Mgr, IT Operations"],
      [
        "Systems Administrator", "IT Analyst", "Network Engineer", "Help Desk Technician",
        "Salesforce Administrator",
      ],
    ],
    .engineering: [
      ["CTO", "Chief Technology Officer"],
      ["VP Engineering", "Vice President of Engineering", "SVP R&D"],
      ["Director of Engineering", "Engineering Director", "Head of Platform"],
      ["Engineering Manager", "Software Development Manager", "Team Lead, Backend"],
      [
        "Software Engineer", "Senior Software Engineer", "Data Engineer", "DevOps Engineer",
        "QA Engineer", "Staff Engineer",
      ],
    ],
    .operations: [
      ["COO", "Chief Operating Officer"],
      ["VP Operations", "Vice President, Operations", "VP Supply Chain"],
      ["Director of Operations", "Operations Director", "Head of Supply Chain"],
      ["Operations Manager", "Supply Chain Manager", "Logistics Manager", "Plant Manager"],
      [
        "Operations Analyst", "Business Analyst", "Supply Chain Analyst",
        "Operations Coordinator",
      ],
    ],
    .marketing: [
      ["CMO", "Chief Marketing Officer"],
      ["VP Marketing", "Vice President of Marketing", "VP, Demand Generation", "SVP Marketing"],
      [
        "Director of Marketing", "Marketing Director", "Sr. Director, Demand Gen",
        "Head of Growth", "Director, Marketing Operations",
      ],
      [
        "Marketing Manager", "Demand Generation Manager", "Marketing Operations Manager",
        "Content Marketing Manager", "Mgr, Digital Marketing",
      ],
      [
        "Marketing Specialist", "Marketing Coordinator", "Marketing Ops Analyst",
        "Content Writer", "SEO Specialist",
      ],
    ],
    .sales: [
      ["CRO", "Chief Revenue Officer", "Chief Sales Officer"],
      ["VP Sales", "Vice President of Sales", "VP, Revenue Operations", "SVP Sales"],
      [
        "Sales Director", "Director of Sales", "Director, Revenue Operations",
        "Head of Sales Ops", "Regional Sales Director",
      ],
      ["Sales Manager", "Sales Operations Manager", "RevOps Manager", "Inside Sales Manager"],
      [
        "Account Executive", "Sales Development Representative", "SDR",
        "Sales Operations Analyst", "Business Development Rep",
      ],
    ],
    .procurement: [
      ["Chief Procurement Officer"],
      ["VP Procurement", "Vice President, Purchasing"],
      ["Procurement Director", "Director of Procurement", "Head of Purchasing"],
      ["Procurement Manager", "Purchasing Manager", "Category Manager", "Sourcing Manager"],
      ["Buyer", "Procurement Specialist", "Purchasing Agent", "Sourcing Analyst"],
    ],
    .legal: [
      ["General Counsel", "Chief Legal Officer"],
      ["VP Legal", "Deputy General Counsel"],
      ["Director of Legal", "Head of Legal", "Compliance Director"],
      ["Legal Manager", "Contracts Manager", "Compliance Manager"],
      ["Corporate Counsel", "Paralegal", "Contracts Specialist", "Legal Counsel"],
    ],
    .hr: [
      ["CHRO", "Chief People Officer"],
      ["VP Human Resources", "VP People"],
      ["HR Director", "Director of Talent", "Head of People"],
      ["HR Manager", "Talent Acquisition Manager", "HR Business Partner"],
      ["Recruiter", "HR Generalist", "HR Coordinator", "Talent Sourcer"],
    ],
    .product: [
      ["Chief Product Officer"],
      ["VP Product", "Vice President, Product Management"],
      ["Director of Product", "Head of Product", "Group Product Manager"],
      ["Product Manager", "Senior Product Manager"],
      ["Product Analyst", "Product Designer", "UX Researcher"],
    ],
  ]

  /// The seniorities in the order of the rows of `titles`.
  static let seniorities: [Seniority] = [
    .executive, .vicePresident, .director, .manager, .individualContributor,
  ]

  /// The seniority each title belongs to.
  static let seniorityByTitle: [String: Seniority] = {
    var map: [String: Seniority] = [:]
    for rows in titles.values {
      for (row, names) in rows.enumerated() {
        for name in names { map[name] = seniorities[row] }
      }
    }
    return map
  }()

  /// How departments are spread in a company; executives weigh more in small ones.
  static func departmentChoice(smallCompany: Bool) -> SyntheticWeightedChoice<Department> {
    smallCompany ? smallCompanyDepartments : largeCompanyDepartments
  }

  private static let largeCompanyDepartments = SyntheticWeightedChoice<Department>([
    (.sales, 14), (.marketing, 14), (.it, 14), (.engineering, 12), (.operations, 12),
    (.finance, 10), (.executive, 3), (.procurement, 5), (.legal, 3), (.hr, 6), (.product, 5),
  ])

  private static let smallCompanyDepartments = SyntheticWeightedChoice<Department>([
    (.sales, 14), (.marketing, 14), (.it, 10), (.engineering, 12), (.operations, 10),
    (.finance, 8), (.executive, 12), (.procurement, 2), (.legal, 1), (.hr, 4), (.product, 5),
  ])

  /// Seniority mix of a department (executive departments are top-heavy).
  static func seniorityChoice(for department: Department) -> SyntheticWeightedChoice<Seniority> {
    department == .executive ? executiveSeniorities : seniorityMix
  }

  private static let seniorityMix = SyntheticWeightedChoice<Seniority>([
    (.executive, 4), (.vicePresident, 9), (.director, 18), (.manager, 29),
    (.individualContributor, 40),
  ])

  private static let executiveSeniorities = SyntheticWeightedChoice<Seniority>([
    (.executive, 55), (.vicePresident, 15), (.director, 10), (.manager, 8),
    (.individualContributor, 12),
  ])

  /// The ways a CRM's `seniority` column writes each seniority.
  static let seniorityWritings: [Seniority: [String]] = [
    .executive: ["C-Level", "C-Suite", "CXO", "Executive", "c-level"],
    .vicePresident: ["VP", "Vice President", "SVP", "vp", "V.P."],
    .director: ["Director", "Sr. Director", "Dir.", "Head", "director"],
    .manager: ["Manager", "Mgr", "Sr. Manager", "Team Lead", "manager"],
    .individualContributor: ["Individual Contributor", "Staff", "Entry", "IC", "Analyst"],
  ]

  /// The ways a CRM's `department` column writes each department.
  static let departmentWritings: [Department: [String]] = [
    .executive: ["Executive", "Management", "C-Suite"],
    .finance: ["Finance", "finance", "FIN", "Finance & Accounting", "Accounting"],
    .it: ["IT", "Information Technology", "I.T.", "it"],
    .engineering: ["Engineering", "R&D", "Eng"],
    .operations: ["Operations", "Ops", "operations"],
    .marketing: ["Marketing", "MKTG", "marketing"],
    .sales: ["Sales", "Business Development", "sales"],
    .procurement: ["Procurement", "Purchasing", "Sourcing"],
    .legal: ["Legal", "Legal & Compliance"],
    .hr: ["HR", "Human Resources", "People"],
    .product: ["Product", "Product Management"],
  ]

  /// A title for a persona.
  static func title(
    department: Department, seniority: Seniority, using random: inout Xoshiro256StarStar
  ) -> String {
    let row = seniorities.firstIndex(of: seniority) ?? seniorities.count - 1
    let names = titles[department]?[row] ?? ["Consultant"]
    return random.pick(names)
  }
}
