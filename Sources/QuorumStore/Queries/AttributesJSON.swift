import Foundation

/// Decodes the `attributes` column (a JSON object of strings).
enum AttributesJSON {
  static func decode(_ text: String) -> [String: String] {
    guard let data = text.data(using: .utf8),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return [:] }
    return object.compactMapValues { $0 as? String }
  }
}
