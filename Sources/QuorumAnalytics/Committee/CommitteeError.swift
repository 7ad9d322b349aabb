/// Why a committee analysis or an account ranking cannot run with the given settings.
public enum CommitteeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A setting is out of its range, e.g. a negative look-back window or tier cut-offs in
  /// the wrong order.
  case invalidSetting(name: String, value: String, reason: String)

  /// A human-readable description.
  public var description: String {
    switch self {
    case .invalidSetting(let name, let value, let reason):
      "invalid committee setting \(name) = \(value): \(reason)"
    }
  }
}

extension CommitteeError {
  /// Throws `invalidSetting` unless `condition` holds.
  static func require(
    _ condition: Bool, _ name: String, _ value: some CustomStringConvertible, _ reason: String
  ) throws(CommitteeError) {
    guard condition else {
      throw .invalidSetting(name: name, value: value.description, reason: reason)
    }
  }
}
