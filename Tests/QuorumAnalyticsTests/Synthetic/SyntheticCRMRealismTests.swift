import Foundation
import QuorumAnalytics
import Testing

@Suite struct SyntheticCRMRealismTests {
  private let data = SyntheticSample.merged
  private var accountCount: Double { Double(data.accounts.count) }

  @Test func volumesPerAccountAreAsDocumented() {
    let activities = Double(data.activities.count) / accountCount
    let contacts = Double(data.contacts.count) / accountCount
    let deals = Double(data.opportunities.count) / accountCount
    #expect((150...260).contains(activities), "\(activities) activities per account")
    #expect((8...12).contains(contacts), "\(contacts) contacts per account")
    #expect((0.45...0.85).contains(deals), "\(deals) deals per account")
  }

  @Test func firmographicsSpanIndustriesRegionsAndALongTailOfSizes() throws {
    #expect(Set(data.accounts.compactMap(\.industry)).count >= 12)
    #expect(Set(data.accounts.compactMap(\.region)) == ["NA", "EMEA", "APAC", "LATAM"])
    #expect(Set(data.accounts.compactMap(\.country)).count >= 15)
    let sizes = data.accounts.compactMap(\.employees).sorted()
    let median = sizes[sizes.count / 2]
    let largest = try #require(sizes.last)
    let mean = Double(sizes.reduce(0, +)) / Double(sizes.count)
    #expect(largest > 20 * median, "median \(median), largest \(largest)")
    #expect(mean > 1.8 * Double(median), "median \(median), mean \(mean)")
    let pairs = data.accounts.compactMap { account in
      account.annualRevenue.flatMap { revenue in
        account.employees.map { (log(Double($0)), log(revenue)) }
      }
    }
    #expect(correlation(pairs) > 0.7)
  }

  @Test func largerCompaniesHaveMoreContacts() {
    var contacts: [String: Int] = [:]
    for contact in data.contacts { contacts[contact.accountID ?? "", default: 0] += 1 }
    func mean(_ accounts: [Account]) -> Double {
      Double(accounts.reduce(0) { $0 + (contacts[$1.id] ?? 0) }) / Double(max(1, accounts.count))
    }
    let small = mean(data.accounts.filter { ($0.employees ?? 0) < 50 })
    let large = mean(data.accounts.filter { ($0.employees ?? 0) >= 1_000 })
    #expect(large > 2 * small, "small \(small), large \(large)")
  }

  @Test func someContactsUseFreeMailAndSomeLackAnAccount() {
    let freeMail = data.contacts.filter { contact in
      ["@gmail.com", "@yahoo.com", "@outlook.com", "@hotmail.com"].contains {
        contact.email?.hasSuffix($0) == true
      }
    }
    let unlinked = data.contacts.filter { $0.accountID == nil }
    let share = Double(freeMail.count) / Double(data.contacts.count)
    let unlinkedShare = Double(unlinked.count) / Double(data.contacts.count)
    #expect((0.03...0.15).contains(share), "\(share) free-mail")
    #expect((0.04...0.12).contains(unlinkedShare), "\(unlinkedShare) without account_id")
  }

  @Test func unlinkedContactsNameTheirCompanyInVariantSpellingsOrMatchNoAccount() {
    var variants = 0
    var unmatched = 0
    for (batch, _) in SyntheticSample.accountBatches {
      guard let account = batch.accounts.first, let brand = account.name.split(separator: " ").first
      else { continue }
      for contact in batch.contacts where contact.accountID == nil {
        guard let company = contact.company else { continue }
        if company.lowercased().hasPrefix(brand.lowercased()) {
          if company != account.name { variants += 1 }
        } else {
          unmatched += 1
        }
      }
    }
    #expect(variants >= 50, "\(variants) variant spellings")
    #expect((3...60).contains(unmatched), "\(unmatched) contacts matching no account")
  }

  @Test func seniorityAndDepartmentAreWrittenMessily() {
    let seniorities = Set(data.contacts.map { $0.seniority ?? "" })
    for written in ["VP", "Vice President", "Sr. Director", "C-Level", "Mgr", ""] {
      #expect(seniorities.contains(written), "\(written)")
    }
    let departments = Set(data.contacts.compactMap(\.department))
    for written in [
      "Finance", "IT", "Engineering", "Operations", "Marketing", "Sales",
      "Procurement", "Legal", "HR", "Executive",
    ] {
      #expect(departments.contains(written), "\(written)")
    }
    #expect(data.contacts.contains { $0.department == nil })
    #expect(Set(data.contacts.compactMap(\.title)).count >= 100)
  }

  @Test func nobodyOpensOrRepliesToEmailAfterUnsubscribingOrBouncing() {
    var stops: [String: Timestamp] = [:]
    for activity in data.activities
    where activity.type == "unsubscribe" || activity.type == "email_bounce" {
      stops[activity.contactID] = min(
        stops[activity.contactID] ?? activity.occurredAt, activity.occurredAt)
    }
    #expect(stops.count > 50)
    let email: Set<ActivityType> = ["email_open", "email_click", "email_reply"]
    let late = data.activities.filter { activity in
      email.contains(activity.type)
        && stops[activity.contactID].map { activity.occurredAt >= $0 } == true
    }
    #expect(late.isEmpty)
  }

  @Test func trialsAreFollowedByProductUsageAndJobSeekersVisitTheCareersPage() {
    var trials: [String: Timestamp] = [:]
    for activity in data.activities where activity.type == "trial_signup" {
      trials[activity.contactID] = activity.occurredAt
    }
    let usage = data.activities.filter { activity in
      activity.type == "product_usage"
        && trials[activity.contactID].map { activity.occurredAt >= $0 } == true
    }
    #expect(trials.count >= 10)
    #expect(usage.count >= 5 * trials.count)
    let careers = Set(data.activities.filter { $0.type == "careers_page_view" }.map(\.contactID))
    #expect(careers.count >= 20)
  }

  @Test func dealsAreCensoredAtTheEndWonFasterAndLargerAtLargerCompanies() {
    let won = data.opportunities.filter { $0.status == .won }
    let lost = data.opportunities.filter { $0.status == .lost }
    let open = data.opportunities.filter { $0.status == .open }
    #expect(won.count >= 20 && lost.count >= 20 && open.count >= 5)
    func meanCycle(_ deals: [Opportunity]) -> Double {
      deals.reduce(0) { $0 + ($1.closedAt?.days(since: $1.createdAt) ?? 0) } / Double(deals.count)
    }
    #expect(meanCycle(won) < meanCycle(lost))
    let winRate = Double(won.count) / Double(won.count + lost.count)
    #expect((0.15...0.45).contains(winRate), "win rate \(winRate)")
    var employees: [String: Int] = [:]
    for account in data.accounts { employees[account.id] = account.employees }
    let pairs = data.opportunities.compactMap { deal in
      deal.amount.flatMap { amount in
        employees[deal.accountID].map { (log(Double($0)), log(amount)) }
      }
    }
    #expect(correlation(pairs) > 0.5)
  }

  @Test func mostDealsRecordCommitteeRoles() {
    let withRoles = Set(data.opportunityContacts.map(\.opportunityID))
    let share = Double(withRoles.count) / Double(data.opportunities.count)
    #expect((0.75...0.95).contains(share), "\(share)")
    let roles = Set(data.opportunityContacts.map(\.role))
    for role in [CommitteeRole.economicBuyer, .champion, .technicalEvaluator, .user, .influencer] {
      #expect(roles.contains(role), "\(role)")
    }
    #expect(
      withRoles.allSatisfy { id in
        data.opportunityContacts.contains { $0.opportunityID == id && $0.isPrimary }
      })
  }

  @Test func qualificationAnswersCoverTheFrameworksBeforeAndAfterOpening() {
    var opened: [String: Timestamp] = [:]
    for deal in data.opportunities { opened[deal.id] = deal.createdAt }
    let criteria = Set(data.qualifications.map(\.criterion))
    #expect(criteria == Set(QualificationCriterion.allCases))
    let afterOpening = data.qualifications.filter { $0.subjectType == .opportunity }
    #expect(!afterOpening.isEmpty)
    #expect(
      afterOpening.allSatisfy { answer in
        opened[answer.subjectID].map { answer.assessedAt > $0 } == true
      })
    #expect(data.qualifications.contains { $0.subjectType == .contact })
    #expect(data.qualifications.contains { $0.note == "no purchase for 24 months" })
  }

  private func correlation(_ pairs: [(Double, Double)]) -> Double {
    let n = Double(pairs.count)
    let meanX = pairs.reduce(0) { $0 + $1.0 } / n
    let meanY = pairs.reduce(0) { $0 + $1.1 } / n
    var sxy = 0.0
    var sxx = 0.0
    var syy = 0.0
    for (x, y) in pairs {
      sxy += (x - meanX) * (y - meanY)
      sxx += (x - meanX) * (x - meanX)
      syy += (y - meanY) * (y - meanY)
    }
    return sxy / (sxx * syy).squareRoot()
  }
}
