/// A one- or two-line legend above a plot: a coloured mark and a name per entry, flowing
/// left to right and wrapping at the chart's width.
struct ChartLegend {
  /// How an entry's mark is drawn.
  enum Mark {
    /// A short solid line.
    case line
    /// A short dashed line.
    case dashed
  }

  /// One legend entry.
  struct Entry {
    /// The entry's text.
    let label: String
    /// The mark's colour.
    let color: String
    /// The mark's shape.
    let mark: Mark
  }

  private static let lineHeight = 20.0
  private static let markWidth = 18.0
  private let placed: [(entry: Entry, x: Double, line: Int)]

  /// The height the legend occupies (zero without entries).
  let height: Double

  /// Lays out `entries` from `x` within `maxWidth` pixels.
  init(_ entries: [Entry], x: Double, maxWidth: Double) {
    var placed: [(entry: Entry, x: Double, line: Int)] = []
    var cursor = x
    var line = 0
    for entry in entries {
      let label = TextWidth.truncated(entry.label, toFit: maxWidth - Self.markWidth - 6)
      let width = Self.markWidth + 6 + TextWidth.of(label) + 18
      if cursor > x, cursor + width > x + maxWidth {
        line += 1
        cursor = x
      }
      placed.append((Entry(label: label, color: entry.color, mark: entry.mark), cursor, line))
      cursor += width
    }
    self.placed = placed
    height = placed.isEmpty ? 0 : Double(line + 1) * Self.lineHeight + 6
  }

  /// Draws the legend with its first line's text baseline at `top + 14`.
  func draw(top: Double, on canvas: inout SVGCanvas) {
    for (entry, x, line) in placed {
      let baseline = top + 14 + Double(line) * Self.lineHeight
      let middle = baseline - 4
      switch entry.mark {
      case .line:
        canvas.line(
          x1: x, y1: middle, x2: x + Self.markWidth, y2: middle, stroke: entry.color, width: 2.5)
      case .dashed:
        canvas.line(
          x1: x, y1: middle, x2: x + Self.markWidth, y2: middle, stroke: entry.color,
          width: 1.2, dash: ChartReference.dash)
      }
      canvas.text(entry.label, x: x + Self.markWidth + 6, y: baseline, fill: ChartPalette.ink)
    }
  }
}

/// The legend entries of a chart with named line series and an optional reference line:
/// series are listed only when there are several (one series is named by the axis title).
func legendEntries(_ seriesNames: [String], reference: ChartReference?) -> [ChartLegend.Entry] {
  let lines =
    seriesNames.count > 1
    ? seriesNames.enumerated().map {
      ChartLegend.Entry(label: $1, color: ChartPalette.color($0), mark: .line)
    } : []
  return lines + (reference.map { [$0.legendEntry] } ?? [])
}
