/// Opens Quorum's database and brings its schema up to date.
package enum QuorumDatabase {
  /// Opens (creating when missing) the database at `path` and applies pending migrations.
  package static func open(path: String) throws -> Database {
    let database = try Database(path: path)
    try QuorumSchema.migrator.migrate(database)
    return database
  }
}
