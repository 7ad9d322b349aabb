/// Labels under the bands of a categorical x axis: on one line when they fit their band,
/// else wrapped onto two lines at spaces, else rotated 40° and, if still too long,
/// shortened with `…`.
struct CategoryLabels {
  /// The longest a rotated label may be, in pixels.
  static let maxRotatedWidth = 150.0
  /// Rotation of labels that do not fit, in degrees.
  static let rotation = -40.0
  /// Distance between the lines of a wrapped label.
  static let lineHeight = 14.0

  /// The lines of each label as drawn (possibly wrapped or shortened).
  let lines: [[String]]
  /// Whether the labels are rotated.
  let rotated: Bool
  /// Vertical space the labels need below the plot, including the gap.
  let height: Double
  /// How far the first label reaches left of its band's centre.
  let overhang: Double

  /// The left margin a plot needs so that its first label stays inside the chart, given
  /// the margin it wants for its axis (`left`) and its width up to the right edge
  /// (`right`): the bands shrink when the margin grows, so the layout is settled twice.
  static func settledLeft(
    _ labels: [String], left: Double, right: Double
  ) -> (left: Double, band: Double, labels: CategoryLabels) {
    var left = left
    for _ in 0..<2 {
      let band = (right - left) / Double(max(1, labels.count))
      let layout = CategoryLabels(labels, band: band)
      let reach = left + band / 2 - layout.overhang
      guard reach < 4 else { return (left, band, layout) }
      left += 4 - reach
    }
    let band = (right - left) / Double(max(1, labels.count))
    return (left, band, CategoryLabels(labels, band: band))
  }

  /// Lays out `labels` for bands `band` pixels wide.
  init(_ labels: [String], band: Double) {
    let room = band - 4
    let wrapped = labels.map { Self.wrap($0, width: room) }
    let widestLine = wrapped.flatMap { $0 }.map { TextWidth.of($0) }.max() ?? 0
    let mostLines = wrapped.map(\.count).max() ?? 1
    if widestLine <= room, mostLines <= 2 {
      lines = wrapped
      rotated = false
      height = 24 + Self.lineHeight * Double(mostLines - 1)
      overhang = (wrapped.first?.map { TextWidth.of($0) }.max() ?? 0) / 2
    } else {
      lines = labels.map { [TextWidth.truncated($0, toFit: Self.maxRotatedWidth)] }
      rotated = true
      let longest = min(labels.map { TextWidth.of($0) }.max() ?? 0, Self.maxRotatedWidth)
      height = 18 + longest * 0.643 + 8
      overhang = min(labels.first.map { TextWidth.of($0) } ?? 0, Self.maxRotatedWidth) * 0.766 - 4
    }
  }

  /// Draws the labels centred on `centers`, below `plotBottom`.
  func draw(centers: [Double], plotBottom: Double, on canvas: inout SVGCanvas) {
    for (label, x) in zip(lines, centers) {
      for (index, line) in label.enumerated() {
        if rotated {
          canvas.text(line, x: x + 4, y: plotBottom + 16, anchor: .end, rotation: Self.rotation)
        } else {
          canvas.text(
            line, x: x, y: plotBottom + 18 + Self.lineHeight * Double(index), anchor: .middle)
        }
      }
    }
  }

  /// `label` split at spaces into lines no wider than `width` where possible (greedy).
  private static func wrap(_ label: String, width: Double) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in label.split(separator: " ", omittingEmptySubsequences: true) {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if current.isEmpty || TextWidth.of(candidate) <= width {
        current = candidate
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    return lines + [current]
  }
}
