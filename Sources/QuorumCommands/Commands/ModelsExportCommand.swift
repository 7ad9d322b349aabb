import Foundation

/// `quorum models export ID [--out FILE]`: a stored version's scoring-model document.
struct ModelsExportCommand: QuorumCommand {
  static let configuration = CommandConfiguration(
    name: "export", abstract: "Write a stored version's scoring-model document (JSON).",
    discussion: """
      The document is what 'quorum score --model FILE' reads, so an exported version can be \
      reviewed, diffed, edited or used without activating it.
      """,
    examples: [
      CommandExample("quorum models export 3 > model.json", "To standard output"),
      CommandExample("quorum score --model model.json", "Score with it without activating"),
    ])

  static let out = Option<String?>(
    "out", short: "o", valueName: "file", default: nil,
    help: "Write the document to this file (default: standard output).")

  static var arguments: [any ArgumentSpec] {
    [StoredModels.id, out, StandardOptions.database]
  }

  var selection: StoredModelSelection
  var out: String?

  init(arguments: ParsedArguments) throws {
    selection = StoredModelSelection(arguments: arguments)
    out = arguments[Self.out]
  }

  func run(context: CommandContext) throws {
    let entry = try selection.entry(context: context)
    var document = entry.document
    if !document.hasSuffix("\n") { document += "\n" }
    guard let out else {
      context.standardOutput.write(document)
      return
    }
    let path = context.resolvedPath(out)
    do {
      try Data(document.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw CommandError.io("cannot write '\(path)': \(error.localizedDescription)")
    }
    context.note("wrote model #\(entry.id) (\(entry.version)) to \(path)")
  }
}
