import QuorumAnalytics
import Testing

@Suite struct AccountMatcherTests {
  typealias F = ScoringFixture

  let accounts = [
    Account(id: "A1", name: "Acme", domain: "https://www.Acme.com/"),
    Account(id: "A2", name: "Globex Corporation", domain: "globex.co.uk"),
    Account(id: "A3", name: "Initech LLC"),
    Account(id: "A4", name: "INITECH, Inc."),
    Account(id: "A5", name: "Müller & Söhne GmbH & Co. KG"),
    Account(id: "A6", name: "Umbrella Europe", domain: "umbrella.com"),
    Account(id: "A7", name: "Umbrella Asia", domain: "umbrella.com"),
  ]

  func match(_ contact: Contact) -> AccountMatch {
    AccountMatcher(accounts: accounts).match(contact)
  }

  @Test func companyNameWithLegalSuffixAndPunctuationMatches() {
    let match = match(F.contact("C1", company: "ACME, Inc."))
    #expect(match.method == .companyName)
    #expect(match.accountID == "A1")
  }

  @Test(arguments: [
    ("ACME, Inc.", "acme"), ("Acme Incorporated", "acme"), ("The Acme Company", "acme"),
    ("Globex Corp.", "globex"), ("Müller & Söhne GmbH & Co. KG", "muller and sohne"),
    ("Mueller and Soehne", "mueller and soehne"), ("Nestlé S.A.", "nestle"),
    ("Atlassian Pty Ltd", "atlassian"), ("Sony K.K.", "sony"), ("Fiat S.p.A.", "fiat"),
    ("Philips N.V.", "philips"), ("Company Inc", "company"), ("AB InBev", "ab inbev"),
    ("Macy's, Inc.", "macys"), ("Volvo AB", "volvo"), ("Nokia Oyj", "nokia"),
  ])
  func normalisesCompanyNames(name: String, expected: String) {
    #expect(CompanyName.normalized(name) == expected)
  }

  @Test func explicitAccountIDWins() {
    let match = match(F.contact("C1", account: "A2", email: "jane@acme.com", company: "Acme"))
    #expect(match.method == .explicitID)
    #expect(match.accountID == "A2")
  }

  @Test func unknownAccountIDFallsBackToTheDomain() {
    let match = match(F.contact("C1", account: "A99", email: "jane@acme.com"))
    #expect(match.method == .emailDomain)
    #expect(match.accountID == "A1")
  }

  @Test func subdomainOfAnAccountsDomainMatchesIt() {
    let match = match(F.contact("C1", email: "Jane.Doe@EU.Globex.co.uk"))
    #expect(match.method == .emailDomain)
    #expect(match.accountID == "A2")
    #expect(match.evidence == "e-mail domain eu.globex.co.uk → globex.co.uk")
  }

  @Test(arguments: [
    "jane@gmail.com", "jane@yahoo.co.uk", "jane@hotmail.fr", "jane@web.de", "jane@mail.ru",
    "jane@protonmail.com", "jane@qq.com", "jane@163.com", "jane@icloud.com", "jane@gmx.at",
  ])
  func freeMailNeverMatches(email: String) {
    // Even an account that (wrongly) lists the free-mail domain as its own is not matched.
    let accounts = [
      Account(id: "G1", name: "Gmail Fans", domain: "gmail.com"),
      Account(id: "G2", name: "Yahoo Fans", domain: "yahoo.co.uk"),
    ]
    let match = AccountMatcher(accounts: accounts).match(F.contact("C1", email: email))
    #expect(match.method == .unmatched)
    #expect(match.accountID == nil)
    #expect(EmailDomain.isFreeMail(EmailDomain.ofEmail(email) ?? ""))
  }

  @Test func freeMailFallsBackToTheCompanyName() {
    let match = match(F.contact("C1", email: "jane@gmail.com", company: "Acme Inc"))
    #expect(match.method == .companyName)
    #expect(match.accountID == "A1")
  }

  @Test func nameFittingTwoAccountsIsAmbiguousNotGuessed() {
    let match = match(F.contact("C1", company: "Initech"))
    #expect(match.method == .ambiguous)
    #expect(match.accountID == nil)
    #expect(match.candidates == ["A3", "A4"])
  }

  @Test func sharedDomainIsAmbiguousUnlessTheNamePicksOne() {
    let shared = match(F.contact("C1", email: "bob@umbrella.com"))
    #expect(shared.method == .ambiguous)
    #expect(shared.candidates == ["A6", "A7"])
    let named = match(F.contact("C2", email: "bob@umbrella.com", company: "Umbrella Asia Ltd"))
    #expect(named.method == .companyName)
    #expect(named.accountID == "A7")
  }

  @Test func diacriticsAndAmpersandsAreFolded() {
    let match = match(F.contact("C1", company: "MULLER AND SOHNE"))
    #expect(match.accountID == "A5")
  }

  @Test func nothingToGoOnIsUnmatchedWithEvidence() {
    let match = match(F.contact("C1", email: "x@unknown.io", company: "Nobody Ltd"))
    #expect(match.method == .unmatched)
    #expect(match.evidence == "no account has domain unknown.io; no account is named 'Nobody Ltd'")
  }

  @Test func domainsAreNormalised() {
    #expect(EmailDomain.normalized("https://www.Acme.com/about?x=1") == "acme.com")
    #expect(EmailDomain.normalized("acme.com.") == "acme.com")
    #expect(EmailDomain.normalized("localhost") == nil)
    #expect(EmailDomain.ofEmail("<Jane@Acme.COM>") == "acme.com")
    #expect(EmailDomain.ofEmail("not an email") == nil)
  }
}
