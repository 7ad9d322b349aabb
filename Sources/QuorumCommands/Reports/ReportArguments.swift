import Foundation
import QuorumAnalytics

extension AttributionModel: ArgumentValue {}

extension ScoreBanding: ArgumentValue {
  /// `deciles`, or the interior band edges as increasing numbers separated by commas
  /// (`20,40,60,80`).
  init(argument: String) throws(ArgumentValueError) {
    if argument == "deciles" {
      self = .deciles
      return
    }
    var edges: [Double] = []
    for item in argument.split(separator: ",", omittingEmptySubsequences: false) {
      guard let edge = Double(item.trimmingCharacters(in: .whitespaces)), edge.isFinite else {
        throw ArgumentValueError("expected 'deciles' or increasing numbers such as 20,40,60,80")
      }
      edges.append(edge)
    }
    guard zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) else {
      throw ArgumentValueError("band edges must increase, e.g. 20,40,60,80")
    }
    self = .fixed(edges: edges)
  }

  /// `deciles` or the edges.
  var argumentDescription: String {
    switch self {
    case .quantiles(let count): count == 10 ? "deciles" : "\(count) quantiles"
    case .fixed(let edges): edges.map(ProseNumber.plain).joined(separator: ",")
    }
  }
}
