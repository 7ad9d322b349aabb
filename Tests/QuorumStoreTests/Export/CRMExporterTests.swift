import Foundation
import QuorumAnalytics
import QuorumStore
import Testing

@Suite struct CRMExporterTests {
  private func temporaryDirectory(_ name: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "quorum-export-\(name)-\(UUID().uuidString)")
  }

  private func contents(of directory: URL) throws -> [ContractFile: Data] {
    var files: [ContractFile: Data] = [:]
    for file in ContractFile.allCases {
      files[file] = try Data(contentsOf: directory.appendingPathComponent(file.fileName))
    }
    return files
  }

  private func lines(_ data: Data?) -> [Substring] {
    String(decoding: data ?? Data(), as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
  }

  @Test func theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws {
    let first = temporaryDirectory("a")
    let second = temporaryDirectory("b")
    let other = temporaryDirectory("c")
    defer { for url in [first, second, other] { try? FileManager.default.removeItem(at: url) } }
    let settings = SyntheticCRMSettings(accounts: 20, seed: 4)
    let summary = try CRMExporter.generate(settings: settings, to: first)
    #expect(try CRMExporter.generate(settings: settings, to: second) == summary)
    var changed = settings
    changed.seed = 5
    _ = try CRMExporter.generate(settings: changed, to: other)
    let a = try contents(of: first)
    #expect(a == (try contents(of: second)))
    let c = try contents(of: other)
    #expect(a[.accounts] != c[.accounts])
    #expect(a[.activities] != c[.activities])
  }

  @Test func writesCanonicalHeadersAndCountsEveryRow() throws {
    let directory = temporaryDirectory("headers")
    defer { try? FileManager.default.removeItem(at: directory) }
    let summary = try CRMExporter.generate(
      settings: SyntheticCRMSettings(accounts: 20, seed: 8), to: directory)
    let files = try contents(of: directory)
    let headers = ContractFile.allCases.map { String(lines(files[$0]).first ?? "") }
    let expected: [String] = [
      "account_id,name,domain,industry,employees,annual_revenue,country,region,created_at,"
        + "target_tier,crm_owner,segment",
      "contact_id,account_id,email,company,first_name,last_name,title,department,seniority,"
        + "source,campaign_id,created_at,lead_score_legacy",
      "contact_id,occurred_at,type,campaign_id,detail",
      "opportunity_id,account_id,created_at,status,closed_at,stage,amount,source,campaign_id,"
        + "forecast_category,loss_reason",
      "opportunity_id,contact_id,role,is_primary",
      "subject_type,subject_id,criterion,value,assessed_at,note",
      "channel,period_start,period_end,amount,campaign_id",
    ]
    #expect(headers == expected)
    #expect(summary[.accounts] == 20)
    #expect(summary[.activities] > 1_000)
    for file in ContractFile.allCases {
      let text = String(decoding: files[file] ?? Data(), as: UTF8.self)
      #expect(text.hasSuffix("\n"))
      // No generated field holds a line break, so records are lines.
      #expect(lines(files[file]).count - 2 == summary[file], "\(file)")
    }
    #expect(summary.totalRows == ContractFile.allCases.reduce(0) { $0 + summary[$1] })
  }

  @Test func writesDatesForDateFieldsAndUTCDateTimesForActivities() throws {
    let directory = temporaryDirectory("times")
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try CRMExporter.generate(
      settings: SyntheticCRMSettings(accounts: 20, seed: 8), to: directory)
    let files = try contents(of: directory)
    let dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/
    let date = /^\d{4}-\d{2}-\d{2}$/
    for line in lines(files[.activities]).dropFirst().prefix(500) where !line.isEmpty {
      let field = line.split(separator: ",", omittingEmptySubsequences: false)[1]
      #expect(field.wholeMatch(of: dateTime) != nil, "\(line)")
    }
    for line in lines(files[.opportunities]).dropFirst() where !line.isEmpty {
      let field = line.split(separator: ",", omittingEmptySubsequences: false)[2]
      #expect(field.wholeMatch(of: date) != nil, "\(line)")
    }
  }

  @Test func exportsHandBuiltDataExactly() throws {
    let directory = temporaryDirectory("exact")
    defer { try? FileManager.default.removeItem(at: directory) }
    let data = CRMData(
      accounts: [
        Account(
          id: "A1", name: "Acme, Inc.", domain: "acme.com", industry: "Software",
          employees: 250, annualRevenue: 12_500_000, country: "United States", region: "NA",
          createdAt: Timestamp(year: 2024, month: 1, day: 15), targetTier: "Tier 1",
          attributes: ["zeta": "z", "crm_owner": "Dana"]),
        Account(id: "A2", name: "Globex", attributes: ["crm_owner": "Sam"]),
      ],
      contacts: [
        Contact(
          id: "C1", accountID: "A1", email: "ann@acme.com", company: "ACME Corporation",
          firstName: "Zoë", lastName: "O'Brien", title: "VP, FP&A", seniority: "VP",
          createdAt: Timestamp(millisecondsSince1970: 1_709_301_900_250))
      ],
      activities: [
        Activity(
          contactID: "C1", occurredAt: Timestamp(year: 2025, month: 3, day: 1), type: "meeting",
          detail: "Webinar: \"Scoring\"")
      ],
      opportunities: [
        Opportunity(
          id: "O1", accountID: "A1", createdAt: Timestamp(year: 2025, month: 3, day: 2),
          status: .won, closedAt: Timestamp(year: 2025, month: 4, day: 30), amount: 1_234.5,
          attributes: ["forecast_category": "Closed"])
      ],
      opportunityContacts: [
        OpportunityContact(
          opportunityID: "O1", contactID: "C1", role: .economicBuyer, isPrimary: true)
      ],
      qualifications: [
        Qualification(
          subjectType: .contact, subjectID: "C1", criterion: .timeline, value: .unmet,
          assessedAt: Timestamp(year: 2025, month: 2, day: 20), note: "no purchase for 24 months")
      ],
      spend: [
        Spend(
          channel: "paid_search", periodStart: Timestamp(year: 2025, month: 3, day: 1),
          periodEnd: Timestamp(year: 2025, month: 3, day: 31), amount: 1_522.1, campaignID: "PS-1")
      ])
    let summary = try CRMExporter.export(data, to: directory)
    #expect(summary[.accounts] == 2 && summary[.spend] == 1 && summary.totalRows == 8)
    let files = try contents(of: directory).mapValues { String(decoding: $0, as: UTF8.self) }
    #expect(
      files[.accounts] == """
        account_id,name,domain,industry,employees,annual_revenue,country,region,created_at,\
        target_tier,crm_owner,zeta
        A1,"Acme, Inc.",acme.com,Software,250,12500000,United States,NA,2024-01-15,Tier 1,Dana,z
        A2,Globex,,,,,,,,,Sam,

        """)
    #expect(
      files[.contacts] == """
        contact_id,account_id,email,company,first_name,last_name,title,department,seniority,\
        source,campaign_id,created_at
        C1,A1,ann@acme.com,ACME Corporation,Zoë,O'Brien,"VP, FP&A",,VP,,,2024-03-01T14:05:00.250Z

        """)
    #expect(
      files[.activities] == #"""
        contact_id,occurred_at,type,campaign_id,detail
        C1,2025-03-01T00:00:00Z,meeting,,"Webinar: ""Scoring"""

        """#)
    #expect(
      files[.opportunities] == """
        opportunity_id,account_id,created_at,status,closed_at,stage,amount,source,campaign_id,\
        forecast_category
        O1,A1,2025-03-02,won,2025-04-30,,1234.5,,,Closed

        """)
    #expect(
      files[.opportunityContacts]
        == "opportunity_id,contact_id,role,is_primary\nO1,C1,economic_buyer,true\n")
    #expect(
      files[.qualifications] == """
        subject_type,subject_id,criterion,value,assessed_at,note
        contact,C1,timeline,unmet,2025-02-20,no purchase for 24 months

        """)
    #expect(
      files[.spend] == """
        channel,period_start,period_end,amount,campaign_id
        paid_search,2025-03-01,2025-03-31,1522.1,PS-1

        """)
  }

  @Test func activityTimesMatchTimestampISO8601() throws {
    let directory = temporaryDirectory("iso")
    defer { try? FileManager.default.removeItem(at: directory) }
    let times = [0, 1, 999, 1_000, 59_999, 86_399_999, 951_782_400_000, 1_709_301_900_250, -1]
      .map { Timestamp(millisecondsSince1970: $0) }
    let data = CRMData(
      contacts: [Contact(id: "C1", createdAt: Timestamp(millisecondsSince1970: 0))],
      activities: times.map { Activity(contactID: "C1", occurredAt: $0, type: "page_view") })
    _ = try CRMExporter.export(data, to: directory)
    let written = try contents(of: directory)
    let fields = lines(written[.activities]).dropFirst().filter { !$0.isEmpty }.map {
      String($0.split(separator: ",")[1])
    }
    #expect(fields == times.map(\.iso8601))
  }

  @Test func reportsADirectoryThatCannotBeCreated() throws {
    let blocker = temporaryDirectory("file")
    defer { try? FileManager.default.removeItem(at: blocker) }
    try Data("x".utf8).write(to: blocker)
    #expect {
      try CRMExporter.export(CRMData(), to: blocker.appendingPathComponent("out"))
    } throws: { error in
      guard case .cannotCreateDirectory(let path, _) = error as? CRMExportError else {
        return false
      }
      return path.hasSuffix("/out")
    }
  }
}
