/// Renders a ``ReportTable`` as an accessible HTML table: a caption, `<th scope="col">`
/// headers, number columns right-aligned with tabular figures, missing values as a dash.
enum TableRenderer {
  /// Appends `table`.
  static func render(_ table: ReportTable, into markup: inout Markup) {
    let wrapAttributes: [Markup.Attribute] = [
      ("class", "table-wrap"), ("role", "region"), ("aria-label", table.title), ("tabindex", "0"),
    ]
    markup.element("div", wrapAttributes) { wrap in
      wrap.element("table") { element in
        element.element("caption", text: table.title)
        element.newline()
        header(table.columns, into: &element)
        element.newline()
        body(table, into: &element)
        element.newline()
      }
    }
    if let note = table.note {
      markup.newline()
      markup.element("p", [("class", "table-note")], text: note)
    }
  }

  private static func header(_ columns: [ReportColumn], into markup: inout Markup) {
    markup.element("thead") { head in
      head.element("tr") { row in
        for column in columns {
          var attributes: [Markup.Attribute] = [("scope", "col")]
          if let alignment = alignmentClass(column.kind) { attributes.append(("class", alignment)) }
          row.element("th", attributes, text: column.name)
        }
      }
    }
  }

  private static func body(_ table: ReportTable, into markup: inout Markup) {
    markup.element("tbody") { body in
      guard !table.rows.isEmpty else {
        body.newline()
        body.element("tr") { row in
          row.element(
            "td", [("class", "empty"), ("colspan", String(max(1, table.columns.count)))],
            text: "No rows.")
        }
        body.newline()
        return
      }
      for values in table.rows {
        body.newline()
        body.element("tr") { row in
          for (value, column) in zip(values, table.columns) {
            cell(value, column: column, into: &row)
          }
        }
      }
      body.newline()
    }
  }

  private static func cell(_ value: ReportValue, column: ReportColumn, into row: inout Markup) {
    let text = CellText.display(value, kind: column.kind)
    var classes: [String] = []
    if let alignment = alignmentClass(column.kind) { classes.append(alignment) }
    if text == nil { classes.append("missing") }
    var attributes: [Markup.Attribute] = []
    if !classes.isEmpty { attributes.append(("class", classes.joined(separator: " "))) }
    row.element("td", attributes, text: text ?? "—")
  }

  /// `num` for right-aligned number columns, `date` for unbreakable date columns.
  private static func alignmentClass(_ kind: ReportColumn.Kind) -> String? {
    if kind.isNumeric { return "num" }
    return kind == .date ? "date" : nil
  }
}
