/// "Did you mean" suggestions for mistyped option and command names.
enum Suggestion {
  /// The candidate closest to `input`, if it is close enough to be what the user meant.
  ///
  /// Leading dashes are ignored. A candidate qualifies when its edit distance to the input
  /// is at most a third of the input's length, clamped to 1...3 (so `--tpo` finds `--top`,
  /// but `--foo` does not find `--db`); ties go to the earlier candidate.
  ///
  /// - Complexity: O(*c* · *n* · *m*) for *c* candidates of length *m* and an input of
  ///   length *n*.
  static func closest(to input: String, among candidates: [String]) -> String? {
    let word = Array(input.drop(while: { $0 == "-" }))
    let limit = min(3, max(1, word.count / 3))
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(word, Array(candidate.drop(while: { $0 == "-" })))
      if distance <= limit, distance < best?.distance ?? Int.max {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// The optimal-string-alignment distance: insertions, deletions, substitutions and
  /// transpositions of adjacent characters each cost 1 (`tpo` → `top` is 1).
  ///
  /// Damerau, F. J. (1964). A technique for computer detection and correction of spelling
  /// errors. *Communications of the ACM* 7(3), 171–176.
  ///
  /// - Complexity: O(*n* · *m*) time, O(*m*) memory.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
