/// The `index.html` of a report folder: one line per report page, linking to it and to
/// its CSV files; render it with ``HTMLDocument``.
///
/// ```swift
/// let index = ReportIndex(
///   ReportPageMetadata(title: "Quorum reports", asOf: asOf, modelVersion: "v3"),
///   entries: [.init(title: "Conversion by score", file: "conversion-by-score.html",
///                   description: "Do higher scores convert better?",
///                   dataFiles: ["conversion-by-score.csv"])])
/// let html = HTMLDocument(index).html
/// ```
public struct ReportIndex: Hashable, Sendable {
  /// One linked report.
  public struct Entry: Hashable, Sendable {
    /// The report's title (the link text).
    public var title: String
    /// The page's relative file name, e.g. `conversion-by-score.html`.
    ///
    /// File names are restricted to letters, digits, `.`, `_`, `-` and `/` (no `..`, no
    /// leading `/`, no scheme), so a link can never leave the report folder.
    public var file: String
    /// A one-line description of what the report answers.
    public var description: String
    /// Relative file names of the report's CSV files.
    public var dataFiles: [String]

    /// Creates an entry.
    public init(title: String, file: String, description: String, dataFiles: [String] = []) {
      self.title = title
      self.file = file
      self.description = description
      self.dataFiles = dataFiles
    }
  }

  /// Title, window, as-of date, model version and optional stamp of the report set.
  public var metadata: ReportPageMetadata
  /// The linked reports, in display order.
  public var entries: [Entry]

  /// Creates an index.
  public init(_ metadata: ReportPageMetadata, entries: [Entry] = []) {
    self.metadata = metadata
    self.entries = entries
  }
}
