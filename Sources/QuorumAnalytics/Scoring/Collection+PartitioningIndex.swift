extension Collection {
  /// The first index whose element satisfies `belongs`, in a collection where every
  /// element that does follows every element that does not (`endIndex` for none).
  ///
  /// - Complexity: O(log n) predicate calls (a binary search).
  package func partitioningIndex(where belongs: (Element) -> Bool) -> Index {
    var low = startIndex
    var length = count
    while length > 0 {
      let half = length / 2
      let middle = index(low, offsetBy: half)
      if belongs(self[middle]) {
        length = half
      } else {
        low = index(after: middle)
        length -= half + 1
      }
    }
    return low
  }
}
