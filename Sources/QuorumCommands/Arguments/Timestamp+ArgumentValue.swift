import QuorumAnalytics

extension Timestamp: ArgumentValue {
  /// An ISO 8601 date or date-time (`2025-03-31`, `2025-03-31T12:00:00Z`), parsed exactly
  /// by `Timestamp.parseISO8601`; the reason names what is wrong (`no such calendar date`).
  init(argument: String) throws(ArgumentValueError) {
    switch Timestamp.parseISO8601(argument) {
    case .success(let value): self = value
    case .failure(let error): throw ArgumentValueError(error.description)
    }
  }

  /// `2025-03-31` at midnight UTC, else the full `2025-03-31T12:00:00Z`.
  var argumentDescription: String {
    millisecondsSince1970 % Timestamp.millisecondsPerDay == 0 ? isoDate : iso8601
  }
}
