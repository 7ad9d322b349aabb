import QuorumStore

extension Result where Failure == ValueError {
  /// The error, when the parse failed.
  var error: ValueError? {
    guard case .failure(let error) = self else { return nil }
    return error
  }
}
