/// One piece of content in a ``ReportSection``, rendered in order.
public enum ReportBlock: Hashable, Sendable {
  /// A sub-heading (`<h3>`).
  case subheading(String)
  /// A paragraph of plain text.
  case paragraph(String)
  /// A highlighted note or warning.
  case callout(ReportCallout)
  /// A row of headline-number cards.
  case figures([ReportFigure])
  /// A data table with real column headers; numbers right-aligned.
  case table(ReportTable)
  /// An inline SVG chart.
  case chart(ReportChart)
}
