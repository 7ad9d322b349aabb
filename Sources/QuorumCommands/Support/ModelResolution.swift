import Foundation
import QuorumAnalytics
import QuorumStore

/// Which scoring model a command uses: `--model FILE`, else the model activated in the
/// database (`quorum models activate`), else the built-in default.
enum ModelResolution {
  /// `--model <file>`, shared by the commands that score.
  static let option = Option<String?>(
    "model", valueName: "file", default: nil,
    help: "A scoring-model JSON document (default: the active model, else the built-in one).")

  /// The model and where it came from (`built-in default`, `active model #3`, a path).
  static func resolve(path: String?, database: Database, context: CommandContext) throws -> (
    model: ScoringModel, origin: String
  ) {
    if let path {
      let resolved = context.resolvedPath(path)
      let data: Data
      do {
        data = try Data(contentsOf: URL(fileURLWithPath: resolved))
      } catch {
        throw CommandError.io("cannot read model '\(resolved)': \(error.localizedDescription)")
      }
      do {
        return (try ScoringModel.decode(from: data), resolved)
      } catch {
        throw CommandError.data("\(resolved): \(error)")
      }
    }
    if let active = try StoreAccess.run({ try ModelStore(database: database).active() }) {
      do {
        let model = try ScoringModel.decode(from: Data(active.document.utf8))
        return (model, "active model #\(active.id) (\(active.version))")
      } catch {
        throw CommandError.data("stored model #\(active.id) is invalid: \(error)")
      }
    }
    return (.default, "built-in default")
  }
}
