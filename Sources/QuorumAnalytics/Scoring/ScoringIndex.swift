/// The data indexed once for scoring and feature extraction: accounts in scope, every
/// contact's account match, contacts per account, activities per contact (the
/// ``ActivityLog``), qualification answers per contact and per account, departments, and
/// each account's fit. Later lookups are array indexing.
///
/// - Complexity: O(accounts + contacts + activities + qualifications + opportunities).
struct ScoringIndex: Sendable {
  private(set) var compiled: CompiledModel
  let data: CRMData
  let log: ActivityLog
  private(set) var table: TypeTable
  /// The accounts in scope (positions in `data.accounts`), sorted by id.
  let accounts: [Int]
  /// Account id → position in `data.accounts`, for accounts in scope.
  let accountPosition: [String: Int]
  /// Per contact: its match, or `nil` when the contact is out of scope.
  let matches: [AccountMatch?]
  /// Per contact: the position of its account in `data.accounts`, or −1.
  let contactAccount: [Int32]
  /// Contacts in scope without an account (unmatched or ambiguous).
  let unassigned: [Int32]
  /// Per contact: a department code (persona department, else the CRM's text), or −1.
  let departments: [Int32]
  /// Per account position: the fit rules it matches.
  private(set) var fits: [[FitHit]]
  private let accountContacts: Grouping
  private let contactAnswers: Grouping
  private let accountAnswers: Grouping
  /// Per entry of `accountAnswers`: when the answer becomes visible (its assessment, or
  /// its opportunity's creation if later).
  private let accountAnswerVisible: [Int64]

  /// ``init(data:log:model:accountsAsOf:contactsAsOf:personaAt:)`` with personas by contact
  /// ID (contacts without one count as ``Persona/unknown``).
  init(
    data: CRMData, log: ActivityLog, model: CompiledModel, accountsAsOf: Timestamp?,
    contactsAsOf: Timestamp?, personas: [String: Persona]
  ) {
    self.init(
      data: data, log: log, model: model, accountsAsOf: accountsAsOf,
      contactsAsOf: contactsAsOf,
      personaAt: personas.isEmpty ? [] : data.contacts.map { personas[$0.id] ?? .unknown })
  }

  /// Indexes `data`, scoping accounts created after `accountsAsOf` and contacts created
  /// after `contactsAsOf` out (`nil`: keep all); `personaAt` holds each contact's persona by
  /// position (empty: none known), for its department.
  ///
  /// - Precondition: `log` was built for `data.contacts`, in order; `personaAt` is empty or
  ///   has one persona per contact.
  init(
    data: CRMData, log: ActivityLog, model: CompiledModel, accountsAsOf: Timestamp?,
    contactsAsOf: Timestamp?, personaAt: [Persona]
  ) {
    precondition(
      personaAt.isEmpty || personaAt.count == data.contacts.count, "one persona per contact")
    // By index: zipping the contacts would copy each (eleven retains and releases).
    let logIDs = log.contactIDs
    precondition(
      logIDs.count == data.contacts.count
        && logIDs.indices.allSatisfy { logIDs[$0] == data.contacts[$0].id },
      "the activity log must be built for the data's contacts, in order")
    compiled = model
    self.data = data
    self.log = log
    table = model.typeTable(for: log.types)

    var accountPosition: [String: Int] = [:]
    var scoped: [Int] = []
    for position in data.accounts.indices
    where accountPosition[data.accounts[position].id] == nil
      && Self.exists(data.accounts[position].createdAt, asOf: accountsAsOf)
    {
      accountPosition[data.accounts[position].id] = position
      scoped.append(position)
    }
    self.accountPosition = accountPosition
    // The departments and the answers' grouping are serial and independent of the
    // matching: they run on another thread meanwhile.
    let positions = accountPosition
    let (sideIndexes, scoping) = concurrently {
      (
        departments: Self.departmentCodes(data.contacts, personaAt: personaAt),
        answers: AnswerGroupings(data: data, log: log, accountPosition: positions)
      )
    } and: {
      (
        accounts: scoped.sorted { data.accounts[$0].id < data.accounts[$1].id },
        fits: Self.fits(of: scoped, in: data.accounts, model: model),
        contacts: Self.match(
          data, scoped: scoped, accountPosition: positions, contactsAsOf: contactsAsOf)
      )
    }
    accounts = scoping.accounts
    fits = scoping.fits
    let matching = scoping.contacts
    matches = matching.matches
    contactAccount = matching.contactAccount
    unassigned = matching.unassigned
    accountContacts = matching.accountContacts
    departments = sideIndexes.departments
    contactAnswers = sideIndexes.answers.contacts
    accountAnswers = sideIndexes.answers.accounts
    accountAnswerVisible = sideIndexes.answers.visible
  }

  /// Every contact's account match (`nil` out of scope), its account's position (−1 for
  /// none), the contacts in scope without an account, and the contacts per account.
  ///
  /// - Complexity: O(contacts) matches, on all cores, then O(contacts) to group them.
  private static func match(
    _ data: CRMData, scoped: [Int], accountPosition positions: [String: Int],
    contactsAsOf: Timestamp?
  ) -> (
    matches: [AccountMatch?], contactAccount: [Int32], unassigned: [Int32],
    accountContacts: Grouping
  ) {
    let matcher = AccountMatcher(accounts: scoped.map { data.accounts[$0] })
    // Contacts match independently, then find their account's position: on all cores, in
    // order, each result written in place (the matches are large values: never copied).
    let count = data.contacts.count
    let matches = ChunkedWork(count: count).map(each: { position -> AccountMatch? in
      // Borrowed in place, not copied: a copy retains and releases every string, some
      // of them (interned titles, companies) shared by many contacts across the cores.
      Self.exists(data.contacts[position].createdAt, asOf: contactsAsOf)
        ? matcher.match(data.contacts[position]) : nil
    })
    let contactAccount = ChunkedWork(count: count).map(each: { position -> Int32 in
      matches[position]?.accountID.flatMap { positions[$0] }.map(Int32.init) ?? -1
    })
    var unassigned: [Int32] = []
    for contact in 0..<count where contactAccount[contact] < 0 && matches[contact] != nil {
      unassigned.append(Int32(contact))
    }
    let accountContacts = Grouping(
      buckets: data.accounts.count,
      keys: contactAccount.enumerated().lazy.filter { $0.element >= 0 }.map {
        (Int($0.element), Int32($0.offset))
      })
    return (matches, contactAccount, unassigned, accountContacts)
  }

  /// The same index for another model: the matching, grouping and answers do not depend
  /// on the model, only the activity-type table and the accounts' fit do.
  ///
  /// - Complexity: O(accounts + activity types), instead of indexing again.
  func rebinding(to model: CompiledModel) -> ScoringIndex {
    var index = self
    index.compiled = model
    index.table = model.typeTable(for: log.types)
    index.fits = Self.fits(of: accounts, in: data.accounts, model: model)
    return index
  }

  /// Per account position, the fit rules of `model` the accounts at `positions` match.
  ///
  /// - Complexity: O(positions) rule matches, on all cores.
  private static func fits(
    of positions: [Int], in accounts: [Account], model: CompiledModel
  ) -> [[FitHit]] {
    let hits = ChunkedWork(count: positions.count).map(state: CompiledModel.FitMemo.init) {
      memo, item in model.fitHits(accounts[positions[item]], memo: &memo)
    }
    var fits = [[FitHit]](repeating: [], count: accounts.count)
    for (position, hit) in zip(positions, hits) { fits[position] = hit }
    return fits
  }

  /// The contacts of the account at `position` (all matched contacts, in data order).
  func contacts(ofAccount position: Int) -> ArraySlice<Int32> {
    accountContacts.slice(position)
  }

  /// How many of the account's contacts are visible under `cutoff`: how many contacts
  /// `features(ofAccount:cutoff:kernel:committee:tally:visit:)` visits.
  func visibleContactCount(ofAccount position: Int, under cutoff: TimeCutoff) -> Int {
    contacts(ofAccount: position).count { isVisible(contact: Int($0), under: cutoff) }
  }

  /// Whether the contact exists under `cutoff` (created at or before it) and is in scope.
  func isVisible(contact index: Int, under cutoff: TimeCutoff) -> Bool {
    matches[index] != nil && cutoff.includes(data.contacts[index].createdAt)
  }

  /// Adds the contact's answers visible under `cutoff` to `evidence`.
  func collectAnswers(
    ofContact index: Int, under cutoff: TimeCutoff, into evidence: inout FrameworkEvidence
  ) {
    for item in contactAnswers.slice(index) {
      let answer = data.qualifications[Int(item)]
      if cutoff.includes(answer.assessedAt) { evidence.consider(answer) }
    }
  }

  /// Adds the answers about the account itself and its opportunities visible under
  /// `cutoff` to `evidence`.
  func collectAnswers(
    ofAccount position: Int, under cutoff: TimeCutoff, into evidence: inout FrameworkEvidence
  ) {
    let last = cutoff.lastVisibleMillisecond
    let range = accountAnswers.range(position)
    for entry in range where accountAnswerVisible[entry] <= last {
      evidence.consider(data.qualifications[Int(accountAnswers.items[entry])])
    }
  }

  /// Whether a row created at `created` (unknown: always) exists as of `asOf` (`nil`: always).
  private static func exists(_ created: Timestamp?, asOf: Timestamp?) -> Bool {
    guard let created, let asOf else { return true }
    return created <= asOf
  }

  /// Per contact, its persona's department code, else a code per distinct folded CRM text
  /// (numbered after the known departments in order of first use), else −1.
  ///
  /// - Complexity: O(contacts) lookups; each distinct raw text is folded once (a CRM has a
  ///   handful of department spellings, repeated by half a million contacts).
  private static func departmentCodes(_ contacts: [Contact], personaAt: [Persona]) -> [Int32] {
    var named: [String: Int32] = [:]
    var rawCodes: [String: Int32] = [:]
    let known = Department.allCases.count
    return contacts.indices.map { position in
      let department = personaAt.isEmpty ? .other : personaAt[position].department
      if department != .other {
        return Int32(Department.allCases.firstIndex(of: department) ?? 0)
      }
      guard let raw = contacts[position].department else { return -1 }
      if let code = rawCodes[raw] { return code }
      let text = TextKey.fold(raw)
      let code = text.isEmpty ? -1 : named[text] ?? Int32(known + named.count)
      if !text.isEmpty { named[text] = code }
      rawCodes[raw] = code
      return code
    }
  }
}

/// Items grouped into buckets by a counting sort: bucket `b` owns
/// `items[offsets[b]..<offsets[b + 1]]`, in the order the items were given.
struct Grouping: Sendable {
  let offsets: [Int]
  let items: [Int32]

  init(buckets: Int, keys: some Sequence<(Int, Int32)>) {
    let pairs = Array(keys)
    var offsets = [Int](repeating: 0, count: buckets + 1)
    for (bucket, _) in pairs { offsets[bucket + 1] += 1 }
    for bucket in 0..<buckets { offsets[bucket + 1] += offsets[bucket] }
    var next = offsets
    var items = [Int32](repeating: 0, count: pairs.count)
    for (bucket, item) in pairs {
      items[next[bucket]] = item
      next[bucket] += 1
    }
    self.offsets = offsets
    self.items = items
  }

  private init(offsets: [Int], items: [Int32]) {
    self.offsets = offsets
    self.items = items
  }

  func range(_ bucket: Int) -> Range<Int> { offsets[bucket]..<offsets[bucket + 1] }

  func slice(_ bucket: Int) -> ArraySlice<Int32> { items[range(bucket)] }

  func mapItems(_ transform: (Int32) -> Int32) -> Grouping {
    Grouping(offsets: offsets, items: items.map(transform))
  }
}
