/// How many times each case of an enumeration was added, every case counted from 0.
///
/// A dictionary keyed by a `String`-backed enumeration hashes the case's raw string on every
/// increment (half a million times per run); here a case costs a comparison with each case
/// before it, a handful at most.
struct CaseCounts<Case: CaseIterable & Hashable & Sendable>: Sendable
where Case.AllCases == [Case] {
  private let cases = Case.allCases
  private var counts = [Int](repeating: 0, count: Case.allCases.count)
  /// The case added last and its position: runs of one case skip the search.
  private var last: (value: Case, position: Int)?

  /// Counts `value` once more.
  mutating func add(_ value: Case) {
    if let last, last.value == value {
      counts[last.position] += 1
      return
    }
    guard let position = cases.firstIndex(of: value) else { preconditionFailure("an unknown case") }
    counts[position] += 1
    last = (value, position)
  }

  /// Adds the counts of `other`.
  mutating func add(_ other: CaseCounts) {
    for position in counts.indices { counts[position] += other.counts[position] }
  }

  /// The counts by case, every case present.
  var dictionary: [Case: Int] { Dictionary(uniqueKeysWithValues: zip(cases, counts)) }
}
