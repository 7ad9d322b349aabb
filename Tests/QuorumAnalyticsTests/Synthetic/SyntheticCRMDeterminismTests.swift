import QuorumAnalytics
import Testing

@Suite struct SyntheticCRMDeterminismTests {
  /// The rows of every batch, flattened into comparable values.
  private struct Rows: Equatable {
    var accounts: [Account] = []
    var contacts: [Contact] = []
    var activities: [Activity] = []
    var opportunities: [Opportunity] = []
    var roles: [OpportunityContact] = []
    var qualifications: [Qualification] = []
    var spend: [Spend] = []
    var batchSizes: [Int] = []
  }

  private func rows(seed: UInt64, accounts: Int = 20) throws -> Rows {
    var rows = Rows()
    try SyntheticCRM(settings: SyntheticCRMSettings(accounts: accounts, seed: seed)).generate {
      batch in
      rows.accounts += batch.accounts
      rows.contacts += batch.contacts
      rows.activities += batch.activities
      rows.opportunities += batch.opportunities
      rows.roles += batch.opportunityContacts
      rows.qualifications += batch.qualifications
      rows.spend += batch.spend
      rows.batchSizes.append(batch.activities.count)
    }
    return rows
  }

  @Test func theSameSeedGivesIdenticalBatches() throws {
    let first = try rows(seed: 99)
    let second = try rows(seed: 99)
    #expect(!first.activities.isEmpty)
    #expect(first == second)
  }

  @Test func aDifferentSeedGivesDifferentData() throws {
    let first = try rows(seed: 99)
    let other = try rows(seed: 100)
    #expect(first.accounts != other.accounts)
    #expect(first.activities != other.activities)
  }

  @Test func streamsOneBatchPerAccountThenOneWithTheSpend() throws {
    var batches: [CRMData] = []
    try SyntheticCRM(settings: SyntheticCRMSettings(accounts: 5, seed: 1)).generate {
      batches.append($0)
    }
    #expect(batches.count == 6)
    for batch in batches.dropLast() {
      #expect(batch.accounts.count == 1)
      #expect(batch.spend.isEmpty)
      #expect(batch.opportunities.allSatisfy { $0.accountID == batch.accounts.first?.id })
    }
    let last = try #require(batches.last)
    #expect(last.accounts.isEmpty && last.contacts.isEmpty && last.activities.isEmpty)
    #expect(!last.spend.isEmpty)
  }

  @Test func anAccountDoesNotDependOnTheNumberOfAccountsAfterIt() throws {
    let few = try rows(seed: 5, accounts: 3)
    let more = try rows(seed: 5, accounts: 6)
    #expect(Array(more.accounts.prefix(3)) == few.accounts)
    #expect(Array(more.batchSizes.prefix(3)) == Array(few.batchSizes.prefix(3)))
  }
}
