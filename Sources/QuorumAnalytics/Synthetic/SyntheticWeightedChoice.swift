/// A fixed list of values with relative weights, drawn by inverting the cumulative weights.
struct SyntheticWeightedChoice<Element: Sendable>: Sendable {
  let elements: [Element]
  private let cumulative: [Double]

  /// Creates a choice; weights need not sum to 1 but must be non-negative with a positive
  /// total.
  init(_ pairs: [(Element, Double)]) {
    precondition(!pairs.isEmpty, "a weighted choice needs at least one element")
    elements = pairs.map(\.0)
    var running = 0.0
    cumulative = pairs.map { pair in
      precondition(pair.1 >= 0, "weights are non-negative")
      running += pair.1
      return running
    }
    precondition(running > 0, "weights need a positive total")
  }

  /// Draws one element.
  ///
  /// - Complexity: O(log n).
  func draw(using random: inout Xoshiro256StarStar) -> Element {
    elements[drawIndex(using: &random)]
  }

  /// Draws the index of one element.
  func drawIndex(using random: inout Xoshiro256StarStar) -> Int {
    let target = random.uniform() * (cumulative.last ?? 0)
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] > target { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
