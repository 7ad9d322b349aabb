import Foundation

/// A user's mapping from their export to the data contract (a JSON file).
///
/// ```json
/// {
///   "version": 1,
///   "files": {
///     "opportunities": {
///       "path": "sales_pipeline.csv",
///       "columns": { "created_at": "engage_date", "status": "deal_stage" },
///       "values": { "status": { "Won": "won", "Lost": "lost", "Engaging": "open" } },
///       "dateFormat": "YYYY-MM-DD",
///       "scale": { "amount": 1 }
///     }
///   }
/// }
/// ```
/// Every key is optional: an unmapped file is looked for under its canonical name, an
/// unmapped field by its canonical header and the built-in Salesforce/HubSpot aliases.
/// Two fields may read the same column (an account keyed by its name:
/// `"account_id": "account", "name": "account"`).
package struct ImportMapping: Codable, Sendable, Hashable {
  /// The mapping for one contract file.
  package struct FileMapping: Codable, Sendable, Hashable {
    /// The file's name in the export folder.
    package var path: String?
    /// Contract field → header in the export.
    package var columns: [String: String]?
    /// Contract field → (export value → contract value), e.g. `Won` → `won`.
    package var values: [String: [String: String]]?
    /// A date format for every timestamp field of the file, e.g. `MM/DD/YYYY`.
    package var dateFormat: String?
    /// Contract field → factor to multiply a number by (revenue in millions: 1000000).
    package var scale: [String: Double]?
    /// Contract field → value used when the column is absent or the cell empty.
    package var defaults: [String: String]?
  }

  /// The schema version of the mapping document; 1.
  package var version: Int
  /// Free-text description.
  package var description: String?
  /// Contract file name (`accounts`, `opportunity_contacts`, …) → mapping.
  package var files: [String: FileMapping]

  /// Reads and validates a mapping file.
  package static func load(path: String) throws -> ImportMapping {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw ImportError.unreadable(path: path, reason: error.localizedDescription)
    }
    let mapping: ImportMapping
    do {
      mapping = try JSONDecoder().decode(ImportMapping.self, from: data)
    } catch {
      throw ImportError.invalidMapping(path: path, reason: describe(error))
    }
    try mapping.validate(path: path)
    return mapping
  }

  /// The mapping of `file`, or an empty one.
  func mapping(for file: ContractFile) -> FileMapping {
    files[file.rawValue] ?? FileMapping()
  }

  private func validate(path: String) throws {
    guard version == 1 else {
      throw ImportError.invalidMapping(path: path, reason: "unsupported version \(version)")
    }
    for (name, fileMapping) in files {
      guard let file = ContractFile(rawValue: name) else {
        let known = ContractFile.allCases.map(\.rawValue).joined(separator: ", ")
        throw ImportError.invalidMapping(
          path: path, reason: "unknown file '\(name)' (expected one of \(known))")
      }
      let fieldNames = Set(file.fields.map(\.name))
      let mentioned =
        Array((fileMapping.columns ?? [:]).keys) + Array((fileMapping.values ?? [:]).keys)
        + Array((fileMapping.scale ?? [:]).keys) + Array((fileMapping.defaults ?? [:]).keys)
      if let unknown = mentioned.sorted().first(where: { !fieldNames.contains($0) }) {
        throw ImportError.invalidMapping(
          path: path, reason: "'\(name)' has no field '\(unknown)'")
      }
      if let format = fileMapping.dateFormat, (try? DateFormat(format)) == nil {
        throw ImportError.invalidMapping(
          path: path, reason: "unsupported dateFormat '\(format)' in '\(name)'")
      }
    }
  }

  private static func describe(_ error: Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, let context):
      "missing key '\(key.stringValue)' at \(pathText(context.codingPath))"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      "\(context.debugDescription) at \(pathText(context.codingPath))"
    case DecodingError.dataCorrupted(let context):
      "not valid JSON: \(context.debugDescription)"
    default: "\(error)"
    }
  }

  private static func pathText(_ path: [any CodingKey]) -> String {
    path.isEmpty ? "the top level" : path.map(\.stringValue).joined(separator: ".")
  }
}
