/// Versions of the scoring model kept in the database: saved by `quorum calibrate`,
/// listed, exported and activated by `quorum models`.
package struct ModelStore {
  /// One stored model version.
  package struct Entry: Sendable, Hashable {
    /// The row id, used on the command line (`quorum models show 3`).
    package var id: Int64
    /// When it was stored (ISO 8601).
    package var createdAt: String
    /// The model's name.
    package var name: String
    /// The model's version string (unique).
    package var version: String
    /// First and last day of the training window (ISO 8601), when calibrated.
    package var trainingFrom: String?
    /// Last day of the training window.
    package var trainingTo: String?
    /// The chosen regularisation strength.
    package var lambda: Double?
    /// The chosen decay half-life in days.
    package var halfLifeDays: Double?
    /// Validation metrics as JSON text.
    package var metrics: String?
    /// The scoring-model document (JSON text).
    package var document: String
    /// Whether `quorum score` uses this version.
    package var isActive: Bool

    /// Creates an entry (to store: `id` and `isActive` are ignored by ``ModelStore/save(_:)``).
    package init(
      id: Int64 = 0, createdAt: String, name: String, version: String, trainingFrom: String?,
      trainingTo: String?, lambda: Double?, halfLifeDays: Double?, metrics: String?,
      document: String, isActive: Bool = false
    ) {
      self.id = id
      self.createdAt = createdAt
      self.name = name
      self.version = version
      self.trainingFrom = trainingFrom
      self.trainingTo = trainingTo
      self.lambda = lambda
      self.halfLifeDays = halfLifeDays
      self.metrics = metrics
      self.document = document
      self.isActive = isActive
    }
  }

  private let database: Database

  /// Creates a store over an open, migrated database.
  package init(database: Database) { self.database = database }

  private static let columns =
    "id, created_at, name, version, training_from, training_to, lambda, half_life_days, metrics, document, is_active"

  private func entry(_ row: Row) -> Entry {
    Entry(
      id: row.int64(0), createdAt: row.string(1), name: row.string(2), version: row.string(3),
      trainingFrom: row.text(4), trainingTo: row.text(5), lambda: row.optionalDouble(6),
      halfLifeDays: row.optionalDouble(7), metrics: row.text(8), document: row.string(9),
      isActive: row.int(10) != 0)
  }

  /// Every stored version, oldest first.
  package func all() throws -> [Entry] {
    try database.statement("SELECT \(Self.columns) FROM models ORDER BY id").map { entry($0) }
  }

  /// The version with `id`, if any.
  package func entry(id: Int64) throws -> Entry? {
    try database.statement("SELECT \(Self.columns) FROM models WHERE id = ?")
      .map([.integer(id)]) { entry($0) }.first
  }

  /// The active version, if one was activated.
  package func active() throws -> Entry? {
    try database.statement("SELECT \(Self.columns) FROM models WHERE is_active = 1")
      .map { entry($0) }.first
  }

  /// Stores a new version (inactive); returns its id.
  package func save(_ entry: Entry) throws -> Int64 {
    try database.execute(
      """
      INSERT INTO models (created_at, name, version, training_from, training_to, lambda,
        half_life_days, metrics, document, is_active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
      """,
      [
        .text(entry.createdAt), .text(entry.name), .text(entry.version),
        entry.trainingFrom.databaseValue, entry.trainingTo.databaseValue,
        entry.lambda.databaseValue, entry.halfLifeDays.databaseValue, entry.metrics.databaseValue,
        .text(entry.document),
      ])
    return database.lastInsertedRowID
  }

  /// Makes `id` the active version (and no other); `false` when there is no such id.
  @discardableResult
  package func activate(id: Int64) throws -> Bool {
    try database.transaction {
      guard try entry(id: id) != nil else { return false }
      try database.execute("UPDATE models SET is_active = 0 WHERE is_active = 1", [])
      try database.execute("UPDATE models SET is_active = 1 WHERE id = ?", [.integer(id)])
      return true
    }
  }
}
