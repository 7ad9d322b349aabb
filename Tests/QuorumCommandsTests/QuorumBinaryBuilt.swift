import Testing

extension Trait where Self == ConditionTrait {
  /// Runs the test only when the `quorum` executable is built (``QuorumBinary``).
  static var quorumBinaryBuilt: Self {
    .enabled(
      if: QuorumBinary.url != nil,
      "the quorum executable is not built; run `swift build --build-tests` first")
  }
}
