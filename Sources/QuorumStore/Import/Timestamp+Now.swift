import Foundation
import QuorumAnalytics

extension Timestamp {
  /// The current instant, from the system clock. (The analytics never read the clock; the
  /// store and the commands do, and pass times in.)
  package static var now: Timestamp {
    Timestamp(millisecondsSince1970: Int64((Date().timeIntervalSince1970 * 1000).rounded()))
  }
}
