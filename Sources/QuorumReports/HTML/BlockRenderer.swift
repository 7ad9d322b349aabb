/// Renders the blocks of a section: sub-headings, paragraphs, callouts, headline figures,
/// tables and charts.
enum BlockRenderer {
  /// Appends `block`.
  static func render(_ block: ReportBlock, into markup: inout Markup) {
    switch block {
    case .subheading(let text): markup.element("h3", text: text)
    case .paragraph(let text): markup.element("p", text: text)
    case .callout(let callout): render(callout, into: &markup)
    case .figures(let figures): render(figures, into: &markup)
    case .table(let table): TableRenderer.render(table, into: &markup)
    case .chart(let chart): render(chart, into: &markup)
    }
  }

  private static func render(_ callout: ReportCallout, into markup: inout Markup) {
    let className =
      switch callout.kind {
      case .note: "callout note"
      case .warning: "callout warning"
      }
    markup.element("aside", [("class", className)]) { aside in
      if let title = callout.title {
        aside.element("p", [("class", "callout-title")], text: title)
      }
      aside.element("p", text: callout.text)
    }
  }

  private static func render(_ figures: [ReportFigure], into markup: inout Markup) {
    markup.element("div", [("class", "figures")]) { grid in
      for figure in figures {
        grid.newline()
        grid.element("div", [("class", "figure")]) { card in
          card.element("div", [("class", "figure-label")], text: figure.label)
          card.element("div", [("class", "figure-value")]) { value in
            value.text(CellText.display(figure.value, kind: figure.kind) ?? "—")
          }
          if let detail = figure.detail {
            card.element("div", [("class", "figure-detail")], text: detail)
          }
        }
      }
      grid.newline()
    }
  }

  private static func render(_ chart: ReportChart, into markup: inout Markup) {
    markup.element("figure", [("class", "chart")]) { figure in
      figure.newline()
      figure.element("figcaption") { caption in
        caption.element("span", [("class", "chart-title")], text: chart.title)
        if let text = chart.caption {
          caption.element("span", [("class", "chart-caption")], text: text)
        }
      }
      figure.newline()
      figure.append(chart.markup)
      figure.newline()
    }
  }
}
