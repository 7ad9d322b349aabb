import QuorumStore

/// Opening the database and turning store failures into command errors (exit codes).
enum StoreAccess {
  /// Opens and migrates the database at `path`.
  static func open(_ path: String) throws(CommandError) -> Database {
    do {
      return try QuorumDatabase.open(path: path)
    } catch {
      throw CommandError.io("cannot open database '\(path)': \(error)")
    }
  }

  /// Runs `body`, mapping store errors to `CommandError`s.
  static func run<T>(_ body: () throws -> T) throws(CommandError) -> T {
    do {
      return try body()
    } catch let error as CommandError {
      throw error
    } catch let error as ImportError {
      throw error.isDataError ? .data(error.description) : .io(error.description)
    } catch let error as SQLiteError {
      throw .io("database: \(error)")
    } catch {
      throw .io("\(error)")
    }
  }
}
