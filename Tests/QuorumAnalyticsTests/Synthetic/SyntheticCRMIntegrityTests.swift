import QuorumAnalytics
import Testing

@Suite struct SyntheticCRMIntegrityTests {
  private let data = SyntheticSample.merged
  private let settings = SyntheticSample.settings

  @Test func identifiersAreUnique() {
    #expect(Set(data.accounts.map(\.id)).count == data.accounts.count)
    #expect(Set(data.contacts.map(\.id)).count == data.contacts.count)
    #expect(Set(data.opportunities.map(\.id)).count == data.opportunities.count)
    #expect(
      Set(data.accounts.compactMap(\.domain)).count == data.accounts.compactMap(\.domain).count)
  }

  @Test func activityNaturalKeysAreUnique() {
    // (contact, time, type) is the import's key: a repeat with another detail is a conflict.
    struct Key: Hashable {
      var contact: String
      var time: Timestamp
      var type: ActivityType
    }
    let activities = SyntheticSample.merged.activities
    let keys = Set(
      activities.map { Key(contact: $0.contactID, time: $0.occurredAt, type: $0.type) })
    #expect(keys.count == activities.count)
  }

  @Test func everyReferenceResolves() {
    let accounts = Set(data.accounts.map(\.id))
    let contacts = Set(data.contacts.map(\.id))
    let opportunities = Set(data.opportunities.map(\.id))
    #expect(data.contacts.allSatisfy { $0.accountID.map(accounts.contains) ?? true })
    #expect(data.activities.allSatisfy { contacts.contains($0.contactID) })
    #expect(data.opportunities.allSatisfy { accounts.contains($0.accountID) })
    #expect(data.opportunityContacts.allSatisfy { contacts.contains($0.contactID) })
    #expect(data.opportunityContacts.allSatisfy { opportunities.contains($0.opportunityID) })
    for answer in data.qualifications {
      switch answer.subjectType {
      case .contact: #expect(contacts.contains(answer.subjectID))
      case .opportunity: #expect(opportunities.contains(answer.subjectID))
      case .account: #expect(accounts.contains(answer.subjectID))
      }
    }
  }

  @Test func contactsAreCreatedBeforeTheirActivities() {
    var created: [String: Timestamp] = [:]
    for contact in data.contacts { created[contact.id] = contact.createdAt }
    let violations = data.activities.filter { activity in
      guard let time = created[activity.contactID] else { return true }
      return activity.occurredAt <= time
    }
    #expect(violations.isEmpty)
  }

  @Test func everythingHappensWithinThePeriod() {
    let start = Timestamp(year: 2023, month: 10, day: 1)
    let end = settings.asOf
    #expect(data.activities.allSatisfy { $0.occurredAt >= start && $0.occurredAt <= end })
    #expect(data.opportunities.allSatisfy { $0.createdAt >= start && $0.createdAt <= end })
    #expect(data.opportunities.allSatisfy { ($0.closedAt ?? start) <= end })
    #expect(data.qualifications.allSatisfy { $0.assessedAt >= start && $0.assessedAt <= end })
    #expect(data.spend.allSatisfy { $0.periodStart >= start && $0.periodEnd <= end })
    #expect(data.spend.allSatisfy { $0.periodStart <= $0.periodEnd && $0.amount > 0 })
  }

  @Test func closedDealsHaveACloseDateNotBeforeTheirOpeningAndOpenOnesNone() {
    for opportunity in data.opportunities {
      switch opportunity.status {
      case .won, .lost:
        #expect((opportunity.closedAt ?? .init(millisecondsSince1970: 0)) >= opportunity.createdAt)
      case .open:
        #expect(opportunity.closedAt == nil)
      }
    }
  }

  @Test func activityTypesAreTheContractVocabularyPlusTwoCustomOnes() {
    let used = Set(data.activities.map(\.type))
    let custom: Set<ActivityType> = ["g2_review_view", "linkedin_ad_click"]
    #expect(used == Set(ActivityType.known).union(custom))
  }

  @Test func contactCampaignsBelongToTheirSourceAndHaveSpend() {
    let prefixes = [
      "paid_search": "PS-", "paid_social": "SOC-", "email": "EML-", "webinar": "WEB-",
      "events": "EVT-", "content_syndication": "SYN-",
    ]
    let spentCampaigns = Set(data.spend.compactMap(\.campaignID))
    let spentChannels = Set(data.spend.map(\.channel))
    for contact in data.contacts {
      guard let campaign = contact.campaignID else { continue }
      let prefix = contact.source.flatMap { prefixes[$0] }
      #expect(prefix.map(campaign.hasPrefix) == true, "\(contact.id) \(campaign)")
      #expect(spentCampaigns.contains(campaign))
    }
    for channel in ["partner", "outbound", "organic_search"] {
      #expect(spentChannels.contains(channel))
    }
    let activityCampaigns = Set(data.activities.compactMap(\.campaignID))
    #expect(activityCampaigns.isSubset(of: spentCampaigns))
  }

  @Test func attributesUseTheDeclaredCustomColumns() {
    let columns = CRMCustomColumns(of: data)
    #expect(columns == SyntheticCRM.customColumns)
    #expect(columns.accounts == ["crm_owner", "segment"])
  }
}
