/// Why a scoring-model document cannot be used.
public enum ScoringModelError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The bytes are not a JSON document.
  case notJSON(reason: String)
  /// The document's `schemaVersion` is not one this build reads.
  case unsupportedSchemaVersion(found: Int, supported: Int)
  /// A field is missing, has the wrong type, is unknown, or has an invalid value; `path` is
  /// the field's dotted path, e.g. `engagement.activities.demo_requested.points`.
  case invalidField(path: String, reason: String)

  /// A human-readable description naming the field.
  public var description: String {
    switch self {
    case .notJSON(let reason): "scoring model: not a JSON document: \(reason)"
    case .unsupportedSchemaVersion(let found, let supported):
      "scoring model: schemaVersion \(found) is not supported (this version reads \(supported))"
    case .invalidField(let path, let reason):
      "scoring model: \(path.isEmpty ? "document" : path): \(reason)"
    }
  }

  /// The error a `DecodingError` means, with the field's path spelled out.
  static func from(_ error: DecodingError) -> ScoringModelError {
    switch error {
    case .keyNotFound(let key, let context):
      return .invalidField(
        path: path(context.codingPath + [key]), reason: "missing required field")
    case .valueNotFound(let type, let context):
      return .invalidField(
        path: path(context.codingPath), reason: "missing value (expected \(describe(type)))")
    case .typeMismatch(let type, let context):
      return .invalidField(path: path(context.codingPath), reason: "expected \(describe(type))")
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty {
        return .notJSON(reason: context.underlyingError.map { "\($0)" } ?? context.debugDescription)
      }
      return .invalidField(path: path(context.codingPath), reason: context.debugDescription)
    @unknown default:
      return .invalidField(path: "", reason: "\(error)")
    }
  }

  private static func path(_ keys: [any CodingKey]) -> String {
    keys.reduce(into: "") { text, key in
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
  }

  private static func describe(_ type: Any.Type) -> String {
    switch type {
    case is Double.Type, is Float.Type: "a number"
    case is Int.Type: "a whole number"
    case is String.Type: "a string"
    case is Bool.Type: "true or false"
    default:
      "\(type)".hasPrefix("Array") ? "a list" : "an object"
    }
  }
}
