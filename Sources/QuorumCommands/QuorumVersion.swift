/// The version of Quorum, printed by `quorum --version` and `quorum version`.
public enum QuorumVersion {
  /// The current version, in semantic-versioning form.
  public static let current = "0.1.0"
}
