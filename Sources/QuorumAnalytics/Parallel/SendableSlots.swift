/// Result slots that concurrent chunks write, each chunk only slots no other chunk writes:
/// one per chunk for ``ChunkedWork/map(_:)``, one per item for
/// ``ChunkedWork/map(state:_:)``, an account's range of contacts in `Scorer`.
///
/// `@unchecked Sendable`: the buffer is shared, and its users keep their writes disjoint.
package struct SendableSlots<Element>: @unchecked Sendable {
  /// The slots, owned by the caller for as long as the chunks run.
  package let base: UnsafeMutableBufferPointer<Element>

  /// Wraps `base` for the chunks to share.
  package init(base: UnsafeMutableBufferPointer<Element>) { self.base = base }
}
