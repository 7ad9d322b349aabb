import Foundation
import QuorumAnalytics

/// Reason codes as the JSON array stored with each score:
/// `[{"feature":"engagement.demo_requested","value":1,"points":20,"detail":"1 event × 20"}]`.
///
/// Points are exact hundredths and values are kept to four decimals, written with integer
/// arithmetic: half a million contacts' reasons are encoded per `quorum score`.
enum ReasonsJSON {
  /// The reasons as a JSON array, in order.
  static func encode(_ reasons: [ReasonCode]) -> String {
    var text = "["
    text.reserveCapacity(reasons.count * 96)
    for (index, reason) in reasons.enumerated() {
      if index > 0 { text += "," }
      text += "{\"feature\":"
      text += JSONText.string(reason.feature)
      text += ",\"value\":"
      text += fixed(reason.value, places: 4)
      text += ",\"points\":"
      text += fixed(reason.points.hundredths, places: 2)
      text += ",\"detail\":"
      text += JSONText.string(reason.detail)
      text += "}"
    }
    return text + "]"
  }

  /// The stored reasons; an unreadable text gives none.
  static func decode(_ text: String) -> [ScoreSnapshotStore.StoredReason] {
    guard let objects = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
    else { return [] }
    return objects.map { object in
      ScoreSnapshotStore.StoredReason(
        feature: object["feature"] as? String ?? "",
        value: (object["value"] as? NSNumber)?.doubleValue,
        points: (object["points"] as? NSNumber)?.doubleValue ?? 0,
        detail: object["detail"] as? String)
    }
  }

  /// `value` rounded to `places` decimals, trailing zeros dropped (`0.6880`, `-2.5`, `3`);
  /// `null` when not finite.
  static func fixed(_ value: Double, places: Int) -> String {
    let scale = pow(10, Double(places))
    let scaled = (value * scale).rounded()
    guard scaled.isFinite, abs(scaled) < 9e15 else { return value.isFinite ? "\(value)" : "null" }
    return fixed(Int(scaled), places: places)
  }

  /// `units` / 10^`places` as a decimal, trailing zeros dropped (`1250, 2` → `12.5`).
  static func fixed(_ units: Int, places: Int) -> String {
    var divisor = 1
    for _ in 0..<places { divisor *= 10 }
    let magnitude = units.magnitude
    var fraction = Int(magnitude % UInt(divisor))
    var digits = places
    while digits > 0 && fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    let whole = (units < 0 && units != 0 ? "-" : "") + String(magnitude / UInt(divisor))
    guard digits > 0 else { return whole }
    let text = String(fraction)
    return whole + "." + String(repeating: "0", count: digits - text.count) + text
  }
}
