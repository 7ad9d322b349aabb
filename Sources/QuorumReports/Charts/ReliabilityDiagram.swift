/// A reliability diagram: for bins of predicted probability, the mean prediction against
/// the observed outcome rate, with the diagonal of perfect calibration and the number of
/// cases per bin (DeGroot & Fienberg 1983; Niculescu-Mizil & Caruana 2005).
///
/// Points above the diagonal mean the model under-predicts, below it over-predicts. Both
/// axes share one range, from 0 to a round number just above the largest value (at most 1),
/// so the diagonal stays at 45°.
///
/// ```swift
/// ReliabilityDiagram(title: "Calibration on the holdout", bins: [
///   .init(predicted: 0.05, observed: 0.04, count: 310),
///   .init(predicted: 0.22, observed: 0.27, count: 95, interval: 0.19...0.37)])
/// ```
public struct ReliabilityDiagram: Hashable, Sendable {
  /// One bin of predictions.
  public struct Bin: Hashable, Sendable {
    /// The mean predicted probability in the bin.
    public var predicted: Double
    /// The observed outcome rate in the bin.
    public var observed: Double
    /// The number of cases in the bin.
    public var count: Int
    /// An optional interval for the observed rate (e.g. a 95 % Wilson interval).
    public var interval: ClosedRange<Double>?

    /// Creates a bin.
    public init(
      predicted: Double, observed: Double, count: Int, interval: ClosedRange<Double>? = nil
    ) {
      self.predicted = predicted
      self.observed = observed
      self.count = count
      self.interval = interval
    }
  }

  /// The chart's title.
  public var title: String
  /// An optional caption.
  public var caption: String?
  /// The bins, in any order (drawn by increasing prediction).
  public var bins: [Bin]
  /// The name of the predicted outcome, used in labels (e.g. "win").
  public var outcome: String

  /// Creates a reliability diagram.
  public init(title: String, caption: String? = nil, bins: [Bin], outcome: String = "win") {
    self.title = title
    self.caption = caption
    self.bins = bins
    self.outcome = outcome
  }
}
