/// Spend lines spread over calendar quarters pro rata by days.
///
/// A line covers the whole UTC days from `periodStart` to `periodEnd`, both inclusive; each
/// quarter gets `amount × (days of the period inside the quarter) / (days of the period)`.
/// Days after the as-of date are not spent yet and are not allocated, so a line running
/// past the as-of date contributes only its elapsed share.
///
/// ```swift
/// // 3 000 from 2025-03-17 to 2025-04-15: 30 days, 15 in Q1 and 15 in Q2
/// // → 1 500 to 2025-Q1 and 1 500 to 2025-Q2
/// ```
enum SpendAllocation: Sendable {
  /// The amount of each (channel, campaign, quarter).
  ///
  /// - Throws: ``MetricsError/invalidSpendPeriod(channel:start:end:)`` for a line that ends
  ///   before it starts.
  /// - Complexity: O(lines × quarters spanned).
  static func byQuarter(_ spend: [Spend], asOf: Timestamp) throws -> [AttributionKey: Double] {
    var allocated: [AttributionKey: Double] = [:]
    let lastDay = asOf.daysSince1970
    for line in spend {
      let first = line.periodStart.daysSince1970
      let last = line.periodEnd.daysSince1970
      guard first <= last else {
        throw MetricsError.invalidSpendPeriod(
          channel: line.channel, start: line.periodStart, end: line.periodEnd)
      }
      let days = Double(last - first + 1)
      var quarter = CalendarQuarter(line.periodStart)
      while quarter.firstDay.daysSinceEpoch <= min(last, lastDay) {
        let start = max(first, quarter.firstDay.daysSinceEpoch)
        let end = min(last, lastDay, quarter.next.firstDay.daysSinceEpoch - 1)
        if start <= end {
          let key = AttributionKey(
            channel: line.channel, campaignID: line.campaignID, quarter: quarter)
          allocated[key, default: 0] += line.amount * Double(end - start + 1) / days
        }
        quarter = quarter.next
      }
    }
    return allocated
  }
}
