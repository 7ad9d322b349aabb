/// The content of one self-contained report page; render it with ``HTMLDocument``.
///
/// ```swift
/// var page = ReportPage(ReportPageMetadata(
///   title: "Conversion by score", window: ReportWindow(), asOf: asOf, modelVersion: "v3"))
/// page.dataFiles = ["conversion-by-score.csv"]
/// page.addSection("Win rate by score band") { section in
///   section.paragraph("Deals grouped by the score their lead had when it was created.")
///   section.table(table)
///   section.chart(.bar(chart))
/// }
/// let html = HTMLDocument(page).html
/// ```
public struct ReportPage: Hashable, Sendable {
  /// Title, window, as-of date, model version and optional stamp.
  public var metadata: ReportPageMetadata
  /// The page's sections, in order.
  public var sections: [ReportSection]
  /// Relative file names of the CSV files holding this page's tables, linked in the
  /// footer (e.g. `conversion-by-score.csv`).
  ///
  /// - Precondition (at rendering): each is a plain relative file name, see
  ///   ``ReportIndex/Entry/file``.
  public var dataFiles: [String]
  /// The relative file name of the index page to link back to, or `nil` for no link.
  public var indexFile: String?

  /// Creates a page.
  public init(
    _ metadata: ReportPageMetadata, sections: [ReportSection] = [], dataFiles: [String] = [],
    indexFile: String? = "index.html"
  ) {
    self.metadata = metadata
    self.sections = sections
    self.dataFiles = dataFiles
    self.indexFile = indexFile
  }

  /// Appends a section built by `build`.
  public mutating func addSection(_ heading: String, _ build: (inout ReportSection) -> Void) {
    var section = ReportSection(heading)
    build(&section)
    sections.append(section)
  }
}
