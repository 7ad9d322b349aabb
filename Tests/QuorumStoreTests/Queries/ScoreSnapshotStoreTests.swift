import QuorumAnalytics
import Testing

@testable import QuorumStore

@Suite struct ScoreSnapshotStoreTests {
  static let asOf = Timestamp(year: 2026, month: 6, day: 30)
  static let data = CRMData(
    accounts: [
      Account(id: "A1", name: "Acme", domain: "acme.com", industry: "Software", employees: 800),
      Account(id: "A2", name: "Globex", domain: "globex.com"),
    ],
    contacts: [
      Contact(id: "C1", accountID: "A1", title: "VP Sales", createdAt: asOf.adding(days: -90)),
      Contact(id: "C2", email: "kim@globex.com", createdAt: asOf.adding(days: -90)),
      Contact(id: "C3", company: "Nobody Ltd", createdAt: asOf.adding(days: -90)),
    ],
    activities: [
      Activity(contactID: "C1", occurredAt: asOf.adding(days: -3), type: "demo_requested"),
      Activity(contactID: "C1", occurredAt: asOf.adding(days: -9), type: "whitepaper_download"),
      Activity(contactID: "C2", occurredAt: asOf.adding(days: -1), type: "pricing_page_view"),
    ])

  /// A generated CRM of `accounts` accounts: hundreds of contacts with fit, engagement and
  /// framework reasons, committees and champions.
  static func synthetic(accounts: Int, seed: UInt64) throws -> CRMData {
    var data = CRMData()
    try SyntheticCRM(settings: SyntheticCRMSettings(accounts: accounts, seed: seed)).generate {
      data.append($0)
    }
    return data
  }

  static func view(asOf: Timestamp) throws -> QualificationView {
    try QualificationPipeline(model: .default).run(data, asOf: asOf)
  }

  /// Reasons recorded in blocks as they are scored (as `quorum score` stores them) are
  /// stored with each row opening with its block's code base, and explain every contact and
  /// account exactly as the reasons an explaining run keeps.
  @Test func reasonsRecordedInBlocksExplainEveryContactAndAccount() throws {
    let data = try Self.synthetic(accounts: 40, seed: 7)
    let explained = try QualificationPipeline(model: .default).run(data, asOf: Self.asOf)
    let (view, reasons) = try QualificationPipeline(model: .default).run(
      data,
      activities: ActivityLog(
        contactIDs: data.contacts.map { $0.id }, activities: data.activities),
      asOf: Self.asOf
    ) { ReasonBlock(expectedTexts: 16) }
    #expect(reasons.recorders.count > 2)
    let database = try QuorumDatabase.open(path: ":memory:")
    let store = ScoreSnapshotStore(database: database)
    let run = try store.save(view, reasons: reasons, createdAt: Self.asOf)
    // Rows of later blocks open with a base above 0 (the first byte of a varint).
    let opening = try explained.scoring.contacts.compactMap {
      try store.contact($0.contactID, run: run)?.reasons.first
    }
    #expect(opening.count == explained.scoring.contacts.count)
    // Several blocks, each holding the contacts after the one before's.
    let blocks = try database.statement(
      "SELECT first_contact_id, contacts FROM contact_score_blocks ORDER BY block"
    ).map { ($0.string(0), Int($0.int64(1))) }
    #expect(blocks.count > 1)
    #expect(blocks.map(\.1).reduce(0, +) == explained.scoring.contacts.count)
    #expect(blocks.dropLast().allSatisfy { $0.1 == ContactScoreBlock.capacity })
    #expect(blocks.map(\.0) == blocks.map(\.0).sorted())
    #expect(try store.contacts(run: run).map(\.contactID) == view.scoring.contacts.map(\.contactID))
    #expect(opening.filter { $0 != 0 }.count > 100)
    var explainedRows = 0
    var differences: [String] = []
    for (subject, ids, reasonsOf) in [
      (
        "contact", explained.scoring.contacts.map { $0.contactID },
        explained.scoring.contacts.map { $0.reasons }
      ),
      (
        "account", explained.scoring.accounts.map { $0.accountID },
        explained.scoring.accounts.map { $0.reasons }
      ),
    ] {
      for (id, expected) in zip(ids, reasonsOf) {
        let stored = try store.explanation(run: run, subject: subject, id: id)?.reasons
        let kept = expected.map {
          ScoreSnapshotStore.StoredReason(
            feature: $0.feature, value: ($0.value * 10_000).rounded() / 10_000,
            points: $0.points.value, detail: $0.detail.isEmpty ? nil : $0.detail)
        }
        if stored != kept { differences.append("\(subject) \(id)") }
        if !kept.isEmpty { explainedRows += 1 }
      }
    }
    #expect(differences.count == 0, "explained differently: \(differences.prefix(5))")
    #expect(explainedRows > 300)
  }

  /// A replacement is one transaction: when writing the new run fails (here, an account
  /// twice), the stored run is left as it was; when it succeeds, the new run (under a new
  /// id) replaces it and the replaced run's scores are gone.
  @Test func aRunIsKeptWhenItsReplacementFails() throws {
    let database = try QuorumDatabase.open(path: ":memory:")
    let store = ScoreSnapshotStore(database: database)
    let first = try store.save(try Self.view(asOf: Self.asOf), createdAt: Self.asOf)
    var broken = try Self.view(asOf: Self.asOf)
    broken.scoring.accounts.append(broken.scoring.accounts[0])
    #expect(throws: SQLiteError.self) { try store.save(broken, createdAt: Self.asOf) }
    #expect(try database.scalar("SELECT id FROM score_runs") == first)
    #expect(try store.contacts(run: first).count == 3)
    #expect(try database.scalar("SELECT count(*) FROM account_scores") == 2)
    let run = try store.save(try Self.view(asOf: Self.asOf), createdAt: Self.asOf)
    #expect(run != first)
    #expect(try database.scalar("SELECT count(*) FROM score_runs") == 1)
    #expect(try store.contacts(run: run).count == 3)
    #expect(try store.contacts(run: first).isEmpty)
    for table in ["contact_score_blocks", "account_scores", "score_text_blocks"] {
      #expect(
        try database.scalar("SELECT count(*) FROM \(table) WHERE run_id = ?", [.integer(first)])
          == 0)
    }
  }

  /// The contacts' blocks come in order whichever number of threads encodes them, each
  /// as encoded alone; after the last, none.
  @Test func contactBlocksComeInOrderFromAnyNumberOfThreads() throws {
    let data = try Self.synthetic(accounts: 80, seed: 5)
    var pipeline = QualificationPipeline(model: .default)
    pipeline.findsContactLines = true
    let log = ActivityLog(contactIDs: data.contacts.map(\.id), activities: data.activities)
    let (view, recorded) = try pipeline.run(data, activities: log, asOf: Self.asOf) {
      ReasonBlock()
    }
    let encoder = ContactBlockEncoder(view, reasons: SnapshotReasons(recorded))
    #expect(encoder.count >= 3)
    let expected = (0..<encoder.count).map { encoder.block($0, lines: view.lines).bytes }
    for threads in 1...4 {
      var blocks = encoder.encodingInBackground(threads: threads)
      var taken: [[UInt8]] = []
      while let block = blocks.next() { taken.append(block.bytes) }
      #expect(taken == expected)
      #expect(blocks.next() == nil)
    }
  }

  /// Each stored contact row holds its line's persona, committee role and champion flag, as
  /// the view joins them: by position from the pipeline, or by contact ID once the view's
  /// committees are changed.
  @Test func contactRowsHoldTheirLines() throws {
    let data = try Self.synthetic(accounts: 30, seed: 11)
    var pipeline = QualificationPipeline(model: .default)
    pipeline.findsContactLines = true
    let view = try pipeline.run(data, asOf: Self.asOf)
    var byID = view
    byID.committees = view.committees
    #expect(view.contactLines != nil && byID.contactLines == nil)
    let lines = view.contacts.map {
      "\($0.score.contactID) \($0.persona.seniority.rawValue) \($0.persona.department.rawValue) "
        + "\($0.committeeRole?.rawValue ?? "-") \($0.isChampion ? 1 : 0)"
    }
    #expect(lines.filter { !$0.hasSuffix(" - 0") }.count > 50)
    for stored in [view, byID] {
      let database = try QuorumDatabase.open(path: ":memory:")
      let store = ScoreSnapshotStore(database: database)
      let run = try store.save(stored, createdAt: Self.asOf)
      let rows = try store.contacts(run: run).map {
        "\($0.contactID) \($0.seniority) \($0.department) \($0.committeeRole ?? "-") "
          + "\($0.isChampion ? 1 : 0)"
      }
      #expect(rows == lines)
    }
  }

  @Test func reRunningTheSameDateAndModelReplacesTheSnapshot() throws {
    let database = try QuorumDatabase.open(path: ":memory:")
    let store = ScoreSnapshotStore(database: database)
    _ = try store.save(try Self.view(asOf: Self.asOf), createdAt: Self.asOf)
    let texts = try database.scalar("SELECT count(*) FROM score_text_blocks")
    _ = try store.save(try Self.view(asOf: Self.asOf), createdAt: Self.asOf)
    #expect(try database.scalar("SELECT count(*) FROM score_runs") == 1)
    #expect(try database.scalar("SELECT sum(contacts) FROM contact_score_blocks") == 3)
    #expect(try database.scalar("SELECT count(*) FROM account_scores") == 2)
    #expect(try database.scalar("SELECT count(*) FROM score_text_blocks") == texts)
    // Another date accumulates: history for the trend reports.
    _ = try store.save(try Self.view(asOf: Self.asOf.adding(days: 30)), createdAt: Self.asOf)
    #expect(try database.scalar("SELECT count(*) FROM score_runs") == 2)
    #expect(try database.scalar("SELECT sum(contacts) FROM contact_score_blocks") == 6)
  }

  @Test func storedReasonsExplainTheScoreExactly() throws {
    let database = try QuorumDatabase.open(path: ":memory:")
    let view = try Self.view(asOf: Self.asOf)
    let run = try ScoreSnapshotStore(database: database).save(view, createdAt: Self.asOf)
    let scored = try #require(view.scoring.contacts.first { $0.contactID == "C1" })
    let stored = try #require(
      try ScoreSnapshotStore(database: database).explanation(
        run: run, subject: "contact", id: "C1"))
    #expect(stored.score == scored.total.value)
    #expect(stored.reasons.map(\.feature) == scored.reasons.map(\.feature))
    #expect(
      stored.reasons.map(\.detail) == scored.reasons.map { $0.detail.isEmpty ? nil : $0.detail })
    let sum = stored.reasons.reduce(0) { $0 + $1.points }
    #expect(abs(sum - scored.total.value) < 1e-9)
  }

  /// A run's texts are stored in blocks of consecutive codes, each keyed by its first code:
  /// a reason names text 1,025, the second text of the block from 1,024. A text format this
  /// version does not read is an error, not a reason without its texts.
  @Test func aRunsTextsAreReadFromTheBlockHoldingTheirCode() throws {
    let database = try QuorumDatabase.open(path: ":memory:")
    try database.execute(
      """
      INSERT INTO score_runs (id, as_of, model_version, created_at, reason_format, text_format)
      VALUES (4, 0, 'v', 'now', 3, 1)
      """)
    let first = ScoreTextBlock.encode((0..<1_024).map { "text \($0)" })
    let second = ScoreTextBlock.encode(["fit.industry", "core"])
    try database.execute(
      "INSERT INTO score_text_blocks (run_id, first_code, texts) VALUES (4, 0, ?), (4, 1024, ?)",
      [.blob(first), .blob(second)])
    // Format 3: the base 1,024 (0x80 0x08); fit.industry (code 0) with value 1: 0x01,
    // 0xA0 0x9C 0x01; 20 points: 0xA0 0x1F; detail code 1: 0x04.
    try database.execute(
      """
      INSERT INTO account_scores (run_id, account_id, score, journey_stage, engaged_contacts,
        engaged_departments, reasons)
      VALUES (4, 'A1', 20, 'awareness', 0, 0, X'800801A09C01A01F04')
      """)
    let store = ScoreSnapshotStore(database: database)
    let stored = try #require(try store.explanation(run: 4, subject: "account", id: "A1"))
    #expect(
      stored.reasons == [.init(feature: "fit.industry", value: 1, points: 20, detail: "core")])
    try database.execute("UPDATE score_runs SET text_format = 9 WHERE id = 4")
    #expect(throws: SQLiteError.self) {
      try store.explanation(run: 4, subject: "account", id: "A1")
    }
  }

  /// Runs stored before texts went inline keep format 1 (the migration's default) and are
  /// explained as they were written: every text by its code.
  @Test func aRunStoredInFormatOneIsStillExplained() throws {
    let database = try QuorumDatabase.open(path: ":memory:")
    try database.execute(
      "INSERT INTO score_runs (id, as_of, model_version, created_at) VALUES (7, 0, 'v', 'now')")
    try database.execute(
      "INSERT INTO score_texts (run_id, code, text) VALUES (7, 0, 'fit.industry'), (7, 1, 'core')")
    // fit.industry (code 0) with value 1: 0x01, 0xA0 0x9C 0x01; 20 points: 0xA0 0x1F;
    // detail code 1: 0x02.
    try database.execute(
      """
      INSERT INTO contact_scores (run_id, contact_id, match_method, fit, engagement, framework,
        score, stage, reasons)
      VALUES (7, 'C1', 'unmatched', 20, 0, 0, 20, 'cold', X'01A09C01A01F02')
      """)
    #expect(try database.scalar("SELECT reason_format FROM score_runs WHERE id = 7") == 1)
    let stored = try #require(
      try ScoreSnapshotStore(database: database).explanation(run: 7, subject: "contact", id: "C1"))
    #expect(
      stored.reasons == [.init(feature: "fit.industry", value: 1, points: 20, detail: "core")])
    #expect(
      try ScoreSnapshotStore(database: database).contacts(run: 7) == [
        StoredContactScore(
          contactID: "C1", accountID: nil, matchMethod: "unmatched",
          fit: ScorePoints(hundredths: 2000), engagement: .zero, framework: .zero,
          score: ScorePoints(hundredths: 2000), stage: "cold", seniority: "", department: "",
          committeeRole: nil, isChampion: false)
      ])
  }

  /// A contact is looked for in the block whose first contact is the last at or before it;
  /// when it is not there (IDs whose `String` order differs from their bytes'), in every
  /// block of the run.
  @Test func aContactOutsideItsLikelyBlockIsStillFound() throws {
    let database = try QuorumDatabase.open(path: ":memory:")
    try database.execute(
      """
      INSERT INTO score_runs (id, as_of, model_version, created_at, reason_format, contact_format)
      VALUES (3, 0, 'v', 'now', 3, 1)
      """)
    let row = { (id: String) in
      StoredContactScore(
        contactID: id, accountID: "A1", matchMethod: "explicit_id",
        fit: ScorePoints(hundredths: 100), engagement: ScorePoints(hundredths: 200),
        framework: ScorePoints(hundredths: 300), score: ScorePoints(hundredths: 600),
        stage: "iql", seniority: "vp", department: "it", committeeRole: nil, isChampion: false)
    }
    let statement = try database.statement(
      "INSERT INTO contact_score_blocks VALUES (3, ?, ?, 1, ?)")
    for (block, first, contact) in [(0, "A", "Z9"), (1, "M", "B")] {
      var writer = ContactScoreBlock.Writer()
      writer.append(row(contact), reasons: UnsafeRawBufferPointer(start: nil, count: 0))
      try statement.execute([.integer(Int64(block)), .text(first), .blob(writer.bytes)])
    }
    let store = ScoreSnapshotStore(database: database)
    #expect(try store.contact("B", run: 3)?.row == row("B"))
    #expect(try store.contact("Z9", run: 3)?.row == row("Z9"))
    #expect(try store.contact("Q", run: 3) == nil)
    #expect(try store.contacts(run: 3).map(\.contactID) == ["Z9", "B"])
    // A block that does not decode, or a format this version does not read, is an error,
    // not a contact missing.
    try database.execute(
      "UPDATE contact_score_blocks SET rows = X'0102' WHERE run_id = 3 AND block = 0")
    #expect(throws: SQLiteError.self) { try store.contact("Q", run: 3) }
    #expect(throws: SQLiteError.self) { try store.contacts(run: 3) }
    try database.execute("UPDATE score_runs SET contact_format = 9 WHERE id = 3")
    #expect(throws: SQLiteError.self) { try store.contact("B", run: 3) }
  }

  /// Replacing a run stored a row a contact (before blocks) deletes its rows too.
  @Test func replacingARunStoredARowAContactDeletesItsRows() throws {
    let database = try QuorumDatabase.open(path: ":memory:")
    let view = try Self.view(asOf: Self.asOf)
    try database.execute(
      """
      INSERT INTO score_runs (id, as_of, model_version, created_at, reason_format)
      VALUES (4, ?, ?, 'now', 3)
      """,
      [.integer(Self.asOf.millisecondsSince1970), .text(view.scoring.modelVersion)])
    try database.execute(
      """
      INSERT INTO contact_scores (run_id, contact_id, match_method, fit, engagement, framework,
        score, stage, reasons)
      VALUES (4, 'C1', 'unmatched', 0, 0, 0, 0, 'cold', X'00')
      """)
    let run = try ScoreSnapshotStore(database: database).save(view, createdAt: Self.asOf)
    #expect(run == 5)
    #expect(try database.scalar("SELECT count(*) FROM contact_scores") == 0)
    #expect(try database.scalar("SELECT count(*) FROM score_runs") == 1)
  }

  @Test func newRunsAreStoredInTheCurrentFormat() throws {
    let database = try QuorumDatabase.open(path: ":memory:")
    let run = try ScoreSnapshotStore(database: database).save(
      try Self.view(asOf: Self.asOf), createdAt: Self.asOf)
    #expect(
      try database.scalar("SELECT reason_format FROM score_runs WHERE id = ?", [.integer(run)])
        == Int64(ReasonCodec.format))
  }
}
