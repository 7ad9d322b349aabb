/// The footer every page ends with: links to the page's CSV files, and the provenance line
/// (as-of date, model version, and the generation stamp only when one was given).
enum PageFooter {
  /// Appends the footer for `metadata`.
  static func render(_ metadata: ReportPageMetadata, dataFiles: [String], into body: inout Markup) {
    body.element("footer") { footer in
      if !dataFiles.isEmpty {
        footer.newline()
        footer.element("p") { line in
          line.text("Data (CSV): ")
          RelativeLink.list(dataFiles, into: &line)
        }
      }
      footer.newline()
      var provenance =
        "Quorum · data as of \(metadata.asOf.isoDate) · model \(metadata.modelVersion ?? "none")"
      if let stamp = metadata.stamp { provenance += " · generated \(stamp.iso8601)" }
      footer.element("p", text: provenance)
      footer.newline()
    }
  }
}
