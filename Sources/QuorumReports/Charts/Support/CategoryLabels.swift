/// Labels under the bands of a categorical x axis: horizontal when they fit their band,
/// otherwise rotated 40° and, if still too long, shortened with `…`.
struct CategoryLabels {
  /// The longest a rotated label may be, in pixels.
  static let maxRotatedWidth = 120.0
  /// Rotation of labels that do not fit, in degrees.
  static let rotation = -40.0

  /// The labels as drawn (possibly shortened).
  let labels: [String]
  /// Whether the labels are rotated.
  let rotated: Bool
  /// Vertical space the labels need below the plot, including the gap.
  let height: Double

  /// Lays out `labels` for bands `band` pixels wide.
  init(_ labels: [String], band: Double) {
    let widest = labels.map { TextWidth.of($0) }.max() ?? 0
    if widest <= band - 4 {
      self.labels = labels
      rotated = false
      height = 24
    } else {
      self.labels = labels.map { TextWidth.truncated($0, toFit: Self.maxRotatedWidth) }
      rotated = true
      let longest = min(widest, Self.maxRotatedWidth)
      height = 18 + longest * 0.643 + 8
    }
  }

  /// Draws the labels centred on `centers`, below `plotBottom`.
  func draw(centers: [Double], plotBottom: Double, on canvas: inout SVGCanvas) {
    for (label, x) in zip(labels, centers) {
      if rotated {
        canvas.text(
          label, x: x + 4, y: plotBottom + 16, anchor: .end, rotation: Self.rotation)
      } else {
        canvas.text(label, x: x, y: plotBottom + 18, anchor: .middle)
      }
    }
  }
}
