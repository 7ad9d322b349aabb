/// Limits and buffering of a `CSVReader`.
///
/// The limits bound the memory a reader uses however large or malformed the input: a field
/// over `maximumFieldLength` is a `CSVProblem.fieldTooLong`, a record over
/// `maximumRecordLength` keeps only that much raw text, and fields past
/// `maximumFieldCount` are counted but not kept.
///
/// ```swift
/// let options = CSVReaderOptions(maximumFieldLength: 64 * 1024)
/// var reader = try CSVReader(path: "contacts.csv", options: options)
/// ```
public struct CSVReaderOptions: Hashable, Sendable {
  /// The longest field accepted, in bytes as written (default 1 MiB).
  public var maximumFieldLength: Int
  /// The most raw bytes kept of one record (default 16 MiB).
  public var maximumRecordLength: Int
  /// The most fields kept of one record (default 4,096).
  public var maximumFieldCount: Int
  /// The size of each read from a file, in bytes (default 1 MiB). Tiny values (e.g. 3)
  /// exercise every chunk boundary in tests.
  public var chunkSize: Int

  /// Creates options; every limit must be positive.
  public init(
    maximumFieldLength: Int = 1 << 20, maximumRecordLength: Int = 16 << 20,
    maximumFieldCount: Int = 4096, chunkSize: Int = 1 << 20
  ) {
    precondition(
      maximumFieldLength > 0 && maximumRecordLength > 0 && maximumFieldCount > 0
        && chunkSize > 0, "CSV reader limits must be positive")
    self.maximumFieldLength = maximumFieldLength
    self.maximumRecordLength = maximumRecordLength
    self.maximumFieldCount = maximumFieldCount
    self.chunkSize = chunkSize
  }
}
