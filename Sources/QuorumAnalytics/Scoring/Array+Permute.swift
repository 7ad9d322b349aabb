extension Array {
  /// Reorders the elements in place so that position `k` holds the element that was at
  /// `order[k]`: each permutation cycle is followed once, holding one element aside, so a
  /// large array is reordered without a second copy of it, its elements moved (not copied).
  ///
  /// - Precondition: `order` is a permutation of `indices`.
  /// - Complexity: O(n) moves.
  mutating func permute(to order: [Int]) {
    precondition(order.count == count, "the order must be a permutation of the indices")
    var order = order
    // Elements are moved, never copied: no reference counting for large values.
    withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      for start in order.indices where order[start] != start {
        let held = (base + start).move()
        var current = start
        while order[current] != start {
          let next = order[current]
          precondition(next >= 0 && next < buffer.count, "an order entry out of range")
          (base + current).moveInitialize(from: base + next, count: 1)
          order[current] = current
          current = next
        }
        (base + current).initialize(to: held)
        order[current] = current
      }
    }
  }
}
