/// A headed section of a report page: a builder of ``ReportBlock``s.
///
/// ```swift
/// var section = ReportSection("Win rate by score band")
/// section.paragraph("Higher bands should win more often.")
/// section.table(table)
/// ```
public struct ReportSection: Hashable, Sendable {
  /// The section heading (`<h2>`).
  public var heading: String
  /// The section's content, in order.
  public var blocks: [ReportBlock]

  /// Creates a section.
  public init(_ heading: String, blocks: [ReportBlock] = []) {
    self.heading = heading
    self.blocks = blocks
  }

  /// Appends a sub-heading.
  public mutating func subheading(_ text: String) {
    blocks.append(.subheading(text))
  }

  /// Appends a paragraph.
  public mutating func paragraph(_ text: String) {
    blocks.append(.paragraph(text))
  }

  /// Appends a note or warning.
  public mutating func callout(_ kind: ReportCallout.Kind, title: String? = nil, _ text: String) {
    blocks.append(.callout(ReportCallout(kind, title: title, text)))
  }

  /// Appends a row of headline figures.
  public mutating func figures(_ figures: [ReportFigure]) {
    blocks.append(.figures(figures))
  }

  /// Appends a table.
  public mutating func table(_ table: ReportTable) {
    blocks.append(.table(table))
  }

  /// Appends a chart.
  public mutating func chart(_ chart: ReportChart) {
    blocks.append(.chart(chart))
  }
}
