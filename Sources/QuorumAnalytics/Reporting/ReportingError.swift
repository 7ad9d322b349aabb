/// Why report inputs cannot be assembled from the given settings.
public enum ReportingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The window's first day is after its last day.
  case reversedWindow(from: Timestamp, to: Timestamp)

  /// A human-readable description.
  public var description: String {
    switch self {
    case .reversedWindow(let from, let to):
      "the window starts (\(from.isoDate)) after it ends (\(to.isoDate))"
    }
  }
}
