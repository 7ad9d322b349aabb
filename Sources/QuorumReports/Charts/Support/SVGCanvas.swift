/// A drawing surface that writes SVG elements with presentation attributes (so a chart
/// looks the same inside any page), coordinates rounded to two decimals for deterministic,
/// compact output, and every text escaped.
struct SVGCanvas {
  /// Horizontal alignment of text relative to its anchor point.
  enum Anchor: String {
    case start, middle, end
  }

  /// The font stack: system fonts only, never a downloadable font.
  static let fontFamily =
    "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif"

  /// Width of the view box.
  let width: Double
  /// Height of the view box.
  let height: Double
  private var content = Markup()

  /// Creates an empty canvas.
  init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }

  /// A coordinate or length as text: at most two decimals, no trailing zeros.
  static func number(_ value: Double) -> String {
    NumberText.trimmed(value.isFinite ? value : 0, maxPlaces: 2)
  }

  /// Draws a filled rectangle, with an optional hover tooltip.
  mutating func rect(
    x: Double, y: Double, width: Double, height: Double, fill: String, tooltip: String? = nil
  ) {
    let attributes: [Markup.Attribute] = [
      ("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(max(0, width))),
      ("height", Self.number(max(0, height))), ("fill", fill),
    ]
    shape("rect", attributes, tooltip: tooltip)
  }

  /// Draws a straight line.
  mutating func line(
    x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
    dash: String? = nil
  ) {
    var attributes: [Markup.Attribute] = [
      ("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)),
      ("y2", Self.number(y2)), ("stroke", stroke), ("stroke-width", Self.number(width)),
    ]
    if let dash { attributes.append(("stroke-dasharray", dash)) }
    content.empty("line", attributes)
    content.newline()
  }

  /// Draws an unfilled path (`d` built from ``number(_:)`` values), with an optional tooltip.
  mutating func path(
    _ d: String, stroke: String, width: Double = 2, fill: String = "none", opacity: Double = 1,
    tooltip: String? = nil
  ) {
    var attributes: [Markup.Attribute] = [
      ("d", d), ("fill", fill), ("stroke", stroke), ("stroke-width", Self.number(width)),
      ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
    ]
    if opacity < 1 { attributes.append(("stroke-opacity", Self.number(opacity))) }
    shape("path", attributes, tooltip: tooltip)
  }

  /// Draws a filled polygon through `points`.
  mutating func polygon(_ points: [(Double, Double)], fill: String) {
    let list = points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }
    content.empty("polygon", [("points", list.joined(separator: " ")), ("fill", fill)])
    content.newline()
  }

  /// Draws a circle with a white outline, with an optional tooltip.
  mutating func circle(x: Double, y: Double, radius: Double, fill: String, tooltip: String? = nil) {
    let attributes: [Markup.Attribute] = [
      ("cx", Self.number(x)), ("cy", Self.number(y)), ("r", Self.number(radius)),
      ("fill", fill), ("stroke", "#ffffff"), ("stroke-width", "1.5"),
    ]
    shape("circle", attributes, tooltip: tooltip)
  }

  /// Draws text; `y` is the baseline. `halo` outlines it in white to keep it legible over
  /// lines; `rotation` turns it (degrees) around its anchor.
  mutating func text(
    _ text: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = 12,
    fill: String = ChartPalette.muted, bold: Bool = false, halo: Bool = false,
    rotation: Double? = nil
  ) {
    var attributes: [Markup.Attribute] = [("x", Self.number(x)), ("y", Self.number(y))]
    if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
    if size != 12 { attributes.append(("font-size", Self.number(size))) }
    if bold { attributes.append(("font-weight", "600")) }
    attributes.append(("fill", fill))
    if halo {
      attributes += [
        ("stroke", "#ffffff"), ("stroke-width", "3"), ("stroke-linejoin", "round"),
        ("paint-order", "stroke"),
      ]
    }
    if let rotation {
      attributes.append(
        ("transform", "rotate(\(Self.number(rotation)) \(Self.number(x)) \(Self.number(y)))"))
    }
    content.element("text", attributes, text: text)
    content.newline()
  }

  /// Writes "No data" centred on (`x`, `y`), for charts with nothing to draw.
  mutating func noData(x: Double, y: Double) {
    text("No data", x: x, y: y + 4, anchor: .middle, size: 13)
  }

  /// The finished `<svg>` element: view box, `role="img"`, an `aria-label`, a `<title>` and
  /// a `<desc>` summarising the data for screen readers.
  func svg(title: String, description: String) -> Markup {
    var svg = Markup()
    let attributes: [Markup.Attribute] = [
      ("viewBox", "0 0 \(Self.number(width)) \(Self.number(height))"),
      ("width", Self.number(width)), ("height", Self.number(height)), ("role", "img"),
      ("aria-label", title), ("font-family", Self.fontFamily), ("font-size", "12"),
    ]
    svg.element("svg", attributes) { element in
      element.newline()
      element.element("title", text: title)
      element.newline()
      element.element("desc", text: description)
      element.newline()
      element.append(content)
    }
    return svg
  }

  private mutating func shape(
    _ name: StaticString, _ attributes: [Markup.Attribute], tooltip: String?
  ) {
    if let tooltip {
      content.element(name, attributes) { $0.element("title", text: tooltip) }
    } else {
      content.empty(name, attributes)
    }
    content.newline()
  }
}
