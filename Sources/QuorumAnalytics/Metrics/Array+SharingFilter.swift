extension Array {
  /// The elements that satisfy `isIncluded`, in order: `self` itself — its storage shared,
  /// not copied — when every element does (as half a million leads all created by the
  /// as-of date do), else a filtered copy.
  ///
  /// - Complexity: O(n), and no allocation when nothing is left out.
  func sharingFilter(_ isIncluded: (Element) -> Bool) -> [Element] {
    allSatisfy(isIncluded) ? self : filter(isIncluded)
  }
}
