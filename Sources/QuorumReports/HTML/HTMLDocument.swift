/// A report page or report index rendered as one self-contained HTML5 file.
///
/// The file needs nothing else: the CSS is inline, charts are inline SVG, there is no
/// script and no external URL of any kind, and a strict Content-Security-Policy meta tag
/// (``contentSecurityPolicy``) forbids the browser from fetching anything. Every value goes
/// through ``HTMLEscaping/escape(_:)``. The bytes depend only on the input: no clock is
/// read, so rendering twice gives identical files (print a time by setting
/// ``ReportPageMetadata/stamp``).
///
/// ```swift
/// let html = HTMLDocument(page).html
/// try html.write(to: folder.appending(path: "conversion-by-score.html"), atomically: true,
///                encoding: .utf8)
/// ```
public struct HTMLDocument: Hashable, Sendable {
  /// The policy in the page's `<meta http-equiv="Content-Security-Policy">`: nothing may be
  /// loaded except inline styles and `data:` images.
  public static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

  /// The complete HTML text, starting with `<!DOCTYPE html>` and ending with a newline.
  public let html: String

  /// Renders a report page.
  ///
  /// - Precondition: the page's `dataFiles` and `indexFile` are plain relative file names
  ///   (see ``ReportIndex/Entry/file``).
  public init(_ page: ReportPage) {
    var body = Markup()
    PageHeader.render(
      page.metadata, kicker: "Quorum report", indexFile: page.indexFile, into: &body)
    if page.sections.count >= 3 { Self.tableOfContents(page.sections, into: &body) }
    body.element("main") { main in
      for (number, section) in zip(1..., page.sections) {
        main.newline()
        Self.section(section, number: number, into: &main)
      }
      main.newline()
    }
    body.newline()
    PageFooter.render(page.metadata, dataFiles: page.dataFiles, into: &body)
    html = Self.document(title: page.metadata.title, body: body)
  }

  /// Renders a report index: a list of links to report pages, each with its description
  /// and its CSV files.
  ///
  /// - Precondition: every entry's `file` and `dataFiles` are plain relative file names.
  public init(_ index: ReportIndex) {
    var body = Markup()
    PageHeader.render(index.metadata, kicker: "Quorum · report index", indexFile: nil, into: &body)
    body.element("main") { main in
      main.element("ul", [("class", "report-list")]) { list in
        for entry in index.entries {
          list.newline()
          Self.indexEntry(entry, into: &list)
        }
        list.newline()
      }
    }
    body.newline()
    PageFooter.render(index.metadata, dataFiles: [], into: &body)
    html = Self.document(title: index.metadata.title, body: body)
  }

  private static func document(title: String, body: Markup) -> String {
    var document = Markup()
    document.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
    document.raw(
      """
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
      style-src 'unsafe-inline'; img-src data:">\n
      """)
    document.raw(
      """
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="referrer" content="no-referrer">\n
      """)
    document.element("title", text: title + " · Quorum")
    document.raw("\n<style>\n")
    document.raw(StyleSheet.css)
    document.raw("\n</style>\n</head>\n<body>\n")
    document.element("div", [("class", "page")]) { page in
      page.newline()
      page.append(body)
    }
    document.raw("\n</body>\n</html>\n")
    return document.html
  }

  private static func tableOfContents(_ sections: [ReportSection], into body: inout Markup) {
    body.element("nav", [("class", "toc"), ("aria-label", "Contents")]) { nav in
      nav.element("ol") { list in
        for (number, section) in zip(1..., sections) {
          list.element("li") { item in
            item.element("a", [("href", "#section-\(number)")], text: section.heading)
          }
        }
      }
    }
    body.newline()
  }

  private static func section(_ section: ReportSection, number: Int, into main: inout Markup) {
    main.element("section", [("id", "section-\(number)")]) { markup in
      markup.element("h2", text: section.heading)
      for block in section.blocks {
        markup.newline()
        BlockRenderer.render(block, into: &markup)
      }
      markup.newline()
    }
  }

  private static func indexEntry(_ entry: ReportIndex.Entry, into list: inout Markup) {
    list.element("li") { item in
      item.element("h2") { heading in
        heading.element("a", [("href", RelativeLink.checked(entry.file))], text: entry.title)
      }
      item.element("p", text: entry.description)
      if !entry.dataFiles.isEmpty {
        item.element("p", [("class", "files")]) { files in
          files.text("CSV: ")
          RelativeLink.list(entry.dataFiles, into: &files)
        }
      }
    }
  }
}
