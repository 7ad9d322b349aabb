/// The header every page starts with: a link back to the index, the title, the summary,
/// and the data window, as-of date and model version.
enum PageHeader {
  /// Appends the header for `metadata`, with `kicker` as the small line above the title.
  static func render(
    _ metadata: ReportPageMetadata, kicker: String, indexFile: String?, into body: inout Markup
  ) {
    body.element("header", [("class", "report-header")]) { header in
      if let indexFile {
        header.newline()
        header.element("nav", [("class", "crumbs"), ("aria-label", "Report index")]) { nav in
          nav.element("a", [("href", RelativeLink.checked(indexFile))], text: "← All reports")
        }
      }
      header.newline()
      header.element("p", [("class", "kicker")], text: kicker)
      header.newline()
      header.element("h1", text: metadata.title)
      if let summary = metadata.summary {
        header.newline()
        header.element("p", [("class", "lede")], text: summary)
      }
      header.newline()
      header.element("dl", [("class", "meta")]) { list in
        item("Data window", metadata.window.description, into: &list)
        item("As of", metadata.asOf.isoDate, into: &list)
        item("Model version", metadata.modelVersion ?? "none (uncalibrated)", into: &list)
      }
      header.newline()
    }
    body.newline()
  }

  private static func item(_ term: String, _ value: String, into list: inout Markup) {
    list.element("div") { pair in
      pair.element("dt", text: term)
      pair.element("dd", text: value)
    }
  }
}
