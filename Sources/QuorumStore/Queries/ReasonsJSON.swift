import Foundation
import QuorumAnalytics

/// Reason codes as the JSON array stored with each score:
/// `[{"feature":"engagement.demo_requested","value":1,"points":20,"detail":"1 event × 20"}]`.
enum ReasonsJSON {
  /// The reasons as a JSON array, in order.
  static func encode(_ reasons: [ReasonCode]) -> String {
    "["
      + reasons.map { reason in
        "{\"feature\":\(JSONText.string(reason.feature)),\"value\":\(number(reason.value)),"
          + "\"points\":\(number(reason.points.value)),\"detail\":\(JSONText.string(reason.detail))}"
      }.joined(separator: ",") + "]"
  }

  /// The stored reasons; an unreadable text gives none.
  static func decode(_ text: String) -> [ScoreSnapshotStore.StoredReason] {
    guard let objects = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
    else { return [] }
    return objects.map { object in
      ScoreSnapshotStore.StoredReason(
        feature: object["feature"] as? String ?? "", value: object["value"] as? Double,
        points: object["points"] as? Double ?? 0, detail: object["detail"] as? String)
    }
  }

  private static func number(_ value: Double) -> String {
    value.isFinite ? "\(value)" : "null"
  }
}
