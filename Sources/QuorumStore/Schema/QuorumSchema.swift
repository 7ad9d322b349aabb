/// The database schema, as append-only migrations.
///
/// Tables are named after the export's files and keep the contract's column names, with
/// compact storage: integer surrogate keys (`id`) referenced by the child tables, times as
/// epoch milliseconds (`*_at` INTEGER, UTC), activity types interned in `activity_types`.
/// The `*_view` views show every table with natural keys and ISO 8601 times, for people
/// querying with `sqlite3`. Columns the contract does not name are kept per row as a JSON
/// object in `attributes`.
///
/// Activities are keyed (contact, occurred_at, type), which serves time-range reads per
/// contact and, through `contacts_by_account`, per account. There is deliberately no index
/// on time alone: nothing reads activities across all contacts by time, and keeping a
/// second B-tree in step made every insert a random write — most of the import's time at
/// ten million activities.
package enum QuorumSchema {
  /// The migrator with every migration of this version of Quorum.
  package static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.register("v1-contract-tables", sql: v1)
    migrator.register("v2-scores-and-models", sql: v2)
    migrator.register("v3-compact-score-reasons", sql: v3)
    migrator.register("v4-inline-score-texts", sql: v4)
    migrator.register("v5-activity-timelines", sql: v5)
    migrator.register("v6-contact-score-blocks", sql: v6)
    migrator.register("v7-score-text-blocks", sql: v7)
    return migrator
  }

  static let v1 = """
    CREATE TABLE imports (
      id INTEGER PRIMARY KEY,
      started_at TEXT NOT NULL,
      finished_at TEXT,
      source TEXT NOT NULL,
      mapping TEXT,
      files TEXT NOT NULL
    ) STRICT;

    CREATE TABLE rejects (
      id INTEGER PRIMARY KEY,
      import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
      file TEXT NOT NULL,
      line INTEGER NOT NULL,
      "column" TEXT,
      kind TEXT NOT NULL,
      message TEXT NOT NULL,
      record TEXT NOT NULL
    ) STRICT;
    CREATE INDEX rejects_by_import ON rejects(import_id, file, line);

    CREATE TABLE accounts (
      id INTEGER PRIMARY KEY,
      account_id TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      domain TEXT,
      industry TEXT,
      employees INTEGER CHECK (employees >= 0),
      annual_revenue REAL CHECK (annual_revenue >= 0),
      country TEXT,
      region TEXT,
      created_at INTEGER,
      target_tier TEXT,
      attributes TEXT,
      import_id INTEGER NOT NULL,
      line INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE contacts (
      id INTEGER PRIMARY KEY,
      contact_id TEXT NOT NULL UNIQUE,
      account INTEGER REFERENCES accounts(id),
      account_id TEXT,
      created_at INTEGER NOT NULL,
      email TEXT,
      company TEXT,
      first_name TEXT,
      last_name TEXT,
      title TEXT,
      department TEXT,
      seniority TEXT,
      source TEXT,
      campaign_id TEXT,
      attributes TEXT,
      import_id INTEGER NOT NULL,
      line INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX contacts_by_account ON contacts(account);

    CREATE TABLE activity_types (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE
    ) STRICT;

    CREATE TABLE activities (
      contact INTEGER NOT NULL REFERENCES contacts(id),
      occurred_at INTEGER NOT NULL,
      type INTEGER NOT NULL REFERENCES activity_types(id),
      campaign_id TEXT,
      detail TEXT,
      attributes TEXT,
      import_id INTEGER NOT NULL,
      line INTEGER NOT NULL,
      PRIMARY KEY (contact, occurred_at, type)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE opportunities (
      id INTEGER PRIMARY KEY,
      opportunity_id TEXT NOT NULL UNIQUE,
      account INTEGER NOT NULL REFERENCES accounts(id),
      created_at INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('open', 'won', 'lost')),
      closed_at INTEGER,
      stage TEXT,
      amount REAL CHECK (amount >= 0),
      source TEXT,
      campaign_id TEXT,
      attributes TEXT,
      import_id INTEGER NOT NULL,
      line INTEGER NOT NULL,
      CHECK ((status = 'open') = (closed_at IS NULL) OR status = 'open'),
      CHECK (closed_at IS NULL OR closed_at >= created_at)
    ) STRICT;
    CREATE INDEX opportunities_by_account ON opportunities(account, created_at);

    CREATE TABLE opportunity_contacts (
      opportunity INTEGER NOT NULL REFERENCES opportunities(id),
      contact INTEGER NOT NULL REFERENCES contacts(id),
      role TEXT NOT NULL,
      is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
      attributes TEXT,
      import_id INTEGER NOT NULL,
      line INTEGER NOT NULL,
      PRIMARY KEY (opportunity, contact, role)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX opportunity_contacts_by_contact ON opportunity_contacts(contact);

    CREATE TABLE qualifications (
      subject_type TEXT NOT NULL CHECK (subject_type IN ('contact', 'opportunity', 'account')),
      subject_id TEXT NOT NULL,
      criterion TEXT NOT NULL,
      value TEXT NOT NULL CHECK (value IN ('met', 'partial', 'unmet', 'unknown')),
      assessed_at INTEGER NOT NULL,
      note TEXT,
      attributes TEXT,
      import_id INTEGER NOT NULL,
      line INTEGER NOT NULL,
      PRIMARY KEY (subject_type, subject_id, criterion, assessed_at)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE spend (
      channel TEXT NOT NULL,
      campaign_id TEXT NOT NULL DEFAULT '',
      period_start INTEGER NOT NULL,
      period_end INTEGER NOT NULL CHECK (period_end >= period_start),
      amount REAL NOT NULL CHECK (amount >= 0),
      attributes TEXT,
      import_id INTEGER NOT NULL,
      line INTEGER NOT NULL,
      PRIMARY KEY (channel, campaign_id, period_start, period_end)
    ) STRICT, WITHOUT ROWID;

    CREATE VIEW activities_view AS
      SELECT c.contact_id, strftime('%Y-%m-%dT%H:%M:%fZ', a.occurred_at / 1000.0, 'unixepoch')
        AS occurred_at, t.name AS type, a.campaign_id, a.detail, a.attributes
      FROM activities a JOIN contacts c ON c.id = a.contact JOIN activity_types t ON t.id = a.type;

    CREATE VIEW opportunities_view AS
      SELECT o.opportunity_id, ac.account_id,
        strftime('%Y-%m-%dT%H:%M:%fZ', o.created_at / 1000.0, 'unixepoch') AS created_at,
        o.status, strftime('%Y-%m-%dT%H:%M:%fZ', o.closed_at / 1000.0, 'unixepoch') AS closed_at,
        o.stage, o.amount, o.source, o.campaign_id, o.attributes
      FROM opportunities o JOIN accounts ac ON ac.id = o.account;

    CREATE VIEW opportunity_contacts_view AS
      SELECT o.opportunity_id, c.contact_id, oc.role, oc.is_primary
      FROM opportunity_contacts oc JOIN opportunities o ON o.id = oc.opportunity
      JOIN contacts c ON c.id = oc.contact;

    CREATE VIEW contacts_view AS
      SELECT contact_id, account_id,
        strftime('%Y-%m-%dT%H:%M:%fZ', created_at / 1000.0, 'unixepoch') AS created_at,
        email, company, first_name, last_name, title, department, seniority, source, campaign_id,
        attributes
      FROM contacts;

    CREATE VIEW qualifications_view AS
      SELECT subject_type, subject_id, criterion, value,
        strftime('%Y-%m-%dT%H:%M:%fZ', assessed_at / 1000.0, 'unixepoch') AS assessed_at, note
      FROM qualifications;

    CREATE VIEW spend_view AS
      SELECT channel, NULLIF(campaign_id, '') AS campaign_id,
        date(period_start / 1000, 'unixepoch') AS period_start,
        date(period_end / 1000, 'unixepoch') AS period_end, amount
      FROM spend;
    """

  /// Score snapshots keyed by (as-of, model version) — each contact's and account's reason
  /// codes kept with it as a JSON array (`[{"feature", "value", "points", "detail"}]`, largest
  /// first; read them with SQLite's `json_each`) — and calibrated model versions.
  static let v2 = """
    CREATE TABLE models (
      id INTEGER PRIMARY KEY,
      created_at TEXT NOT NULL,
      name TEXT NOT NULL,
      version TEXT NOT NULL UNIQUE,
      training_from TEXT,
      training_to TEXT,
      lambda REAL,
      half_life_days REAL,
      metrics TEXT,
      document TEXT NOT NULL,
      is_active INTEGER NOT NULL DEFAULT 0 CHECK (is_active IN (0, 1))
    ) STRICT;
    CREATE UNIQUE INDEX models_one_active ON models(is_active) WHERE is_active = 1;

    CREATE TABLE score_runs (
      id INTEGER PRIMARY KEY,
      as_of INTEGER NOT NULL,
      model_version TEXT NOT NULL,
      created_at TEXT NOT NULL,
      summary TEXT,
      UNIQUE (as_of, model_version)
    ) STRICT;

    CREATE TABLE contact_scores (
      run_id INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,
      contact_id TEXT NOT NULL,
      account_id TEXT,
      match_method TEXT NOT NULL,
      fit REAL NOT NULL,
      engagement REAL NOT NULL,
      framework REAL NOT NULL,
      score REAL NOT NULL,
      stage TEXT NOT NULL,
      seniority TEXT,
      department TEXT,
      committee_role TEXT,
      champion INTEGER NOT NULL DEFAULT 0,
      reasons TEXT NOT NULL,
      PRIMARY KEY (run_id, contact_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE account_scores (
      run_id INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,
      account_id TEXT NOT NULL,
      score REAL NOT NULL,
      win_probability REAL,
      journey_stage TEXT NOT NULL,
      engaged_contacts INTEGER NOT NULL,
      engaged_departments INTEGER NOT NULL,
      coverage REAL,
      tier INTEGER,
      reasons TEXT NOT NULL,
      PRIMARY KEY (run_id, account_id)
    ) STRICT, WITHOUT ROWID;
    """

  /// Score reasons as compact byte strings with their texts interned per run (see
  /// `ReasonCodec`): the JSON of v2 made a snapshot of half a million contacts about
  /// 400 MB to write and, when replaced, to free. Earlier snapshots are not converted
  /// (re-run `quorum score` for the dates you need).
  static let v3 = """
    DELETE FROM score_runs;
    DROP TABLE contact_scores;
    DROP TABLE account_scores;

    CREATE TABLE score_texts (
      run_id INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,
      code INTEGER NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (run_id, code)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE contact_scores (
      run_id INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,
      contact_id TEXT NOT NULL,
      account_id TEXT,
      match_method TEXT NOT NULL,
      fit REAL NOT NULL,
      engagement REAL NOT NULL,
      framework REAL NOT NULL,
      score REAL NOT NULL,
      stage TEXT NOT NULL,
      seniority TEXT,
      department TEXT,
      committee_role TEXT,
      champion INTEGER NOT NULL DEFAULT 0,
      reasons BLOB NOT NULL,
      PRIMARY KEY (run_id, contact_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE account_scores (
      run_id INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,
      account_id TEXT NOT NULL,
      score REAL NOT NULL,
      win_probability REAL,
      journey_stage TEXT NOT NULL,
      engaged_contacts INTEGER NOT NULL,
      engaged_departments INTEGER NOT NULL,
      coverage REAL,
      tier INTEGER,
      reasons BLOB NOT NULL,
      PRIMARY KEY (run_id, account_id)
    ) STRICT, WITHOUT ROWID;
    """

  /// The reason format of each run (see `ReasonCodec`): 2 writes the texts a run meets once
  /// inline rather than as a `score_texts` row each; runs stored before keep format 1.
  static let v4 = """
    ALTER TABLE score_runs ADD COLUMN reason_format INTEGER NOT NULL DEFAULT 1;
    """

  /// Every contact's activities by key, compact, the contacts whose keys share `key >> 4`
  /// in one row (see `ActivityTimelineStore`), written by the import beside `activities`.
  /// `activity_timeline_state.import_id` is the import the timelines were last brought up
  /// to date by; they are trusted only while it is the latest import. A database that
  /// already holds activities starts untrusted (−1): readers scan `activities` until the
  /// next import builds every timeline.
  static let v5 = """
    CREATE TABLE activity_timelines (
      block INTEGER PRIMARY KEY,
      timelines BLOB NOT NULL
    ) STRICT;

    CREATE TABLE activity_timeline_state (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      import_id INTEGER
    ) STRICT;

    INSERT INTO activity_timeline_state (id, import_id)
    SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM activities) THEN -1 ELSE max(id) END FROM imports;
    """

  /// A run's contact scores in blocks of 256 contacts, consecutive by contact ID (see
  /// `ContactScoreBlock`), found by the block's first contact: a row per contact cost SQLite
  /// about 2 µs each, a second for half a million on one core. `score_runs.contact_format`
  /// is the blocks' format; runs stored before keep 0, their rows in `contact_scores`.
  static let v6 = """
    ALTER TABLE score_runs ADD COLUMN contact_format INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE contact_score_blocks (
      run_id INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,
      block INTEGER NOT NULL,
      first_contact_id TEXT NOT NULL,
      contacts INTEGER NOT NULL,
      rows BLOB NOT NULL,
      PRIMARY KEY (run_id, block)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX contact_score_blocks_by_first ON contact_score_blocks(run_id, first_contact_id);
    """

  /// A run's interned reason texts in blocks of consecutive codes (see `ScoreTextBlock`),
  /// keyed by the block's first code: a row per text cost SQLite a tenth of a second to
  /// write and delete at 50,000 accounts. `score_runs.text_format` is 1 for a run stored so;
  /// runs stored before keep 0, their texts in `score_texts`.
  static let v7 = """
    ALTER TABLE score_runs ADD COLUMN text_format INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE score_text_blocks (
      run_id INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,
      first_code INTEGER NOT NULL,
      texts BLOB NOT NULL,
      PRIMARY KEY (run_id, first_code)
    ) STRICT, WITHOUT ROWID;
    """
}
