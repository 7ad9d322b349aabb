import Foundation

/// The Kaplan–Meier product-limit estimate of a survival function S(t) = P(T > t) from
/// right-censored observations — here, the share of deals still open t days after they
/// were opened, counting deals open at the as-of date as censored rather than dropping
/// them (which would bias cycle lengths short).
///
/// At each distinct time tᵢ with dᵢ events among nᵢ subjects at risk,
///
///     S(t) = ∏_{tᵢ ≤ t} (1 − dᵢ / nᵢ)
///
/// Ties follow the usual convention: subjects censored at tᵢ are still at risk at tᵢ
/// (events are taken to happen before censorings at the same time).
///
/// The variance is Greenwood's, Var S(t) = S(t)² · Σ_{tᵢ ≤ t} dᵢ / (nᵢ(nᵢ − dᵢ)), and
/// the confidence band the exponential-Greenwood ("log-log") interval of Kalbfleisch and
/// Prentice, as `lifelines.KaplanMeierFitter` reports it.
///
/// ```swift
/// let km = KaplanMeier([
///   .init(duration: 5, eventObserved: true), .init(duration: 8, eventObserved: false),
///   .init(duration: 12, eventObserved: true),
/// ])
/// km.survival(at: 5)   // 2/3
/// km.survival(at: 12)  // 0
/// km.medianTime        // 12
/// ```
///
/// References: E. L. Kaplan and P. Meier, "Nonparametric estimation from incomplete
/// observations", *Journal of the American Statistical Association* 53 (1958), 457–481;
/// M. Greenwood, "The natural duration of cancer", *Reports on Public Health and Medical
/// Subjects* 33 (1926); J. D. Kalbfleisch and R. L. Prentice, *The Statistical Analysis of
/// Failure Time Data* (1980).
///
/// - Complexity: O(n log n) to build; O(log n) per `survival(at:)`.
public struct KaplanMeier: Hashable, Sendable {
  /// The estimate at one distinct observed time (an event or a censoring).
  public struct Step: Hashable, Sendable {
    /// The time.
    public let time: Double
    /// Subjects with a duration of at least `time` (still followed just before it).
    public let atRisk: Int
    /// Events at `time`.
    public let events: Int
    /// Censorings at `time`.
    public let censored: Int
    /// S(time): the estimated probability of surviving past `time`.
    public let survival: Double
    /// Σ dᵢ / (nᵢ(nᵢ − dᵢ)) up to and including `time`; +∞ once S reached 0.
    public let greenwoodSum: Double

    /// Greenwood's variance S² · Σ dᵢ / (nᵢ(nᵢ − dᵢ)) (Greenwood 1926), or `nil` once
    /// the estimate has dropped to 0 (the formula divides by zero there).
    public var variance: Double? {
      greenwoodSum.isFinite ? survival * survival * greenwoodSum : nil
    }

    /// The exponential-Greenwood (log-log) confidence interval for S(time):
    /// exp(−exp(log(−log S) ∓ z·√Σ / log S)), as `lifelines` computes it; [1, 1] while
    /// S is 1, and `nil` once S is 0.
    ///
    /// - Parameter z: the normal quantile; 1.96 for 95%.
    public func confidenceInterval(z: Double = WilsonInterval.z95) -> ClosedRange<Double>? {
      guard survival > 0, greenwoodSum.isFinite else { return nil }
      guard survival < 1 else { return 1...1 }
      let logS = log(survival)
      let spread = z * greenwoodSum.squareRoot() / logS
      let logMinusLogS = log(-logS)
      let lower = exp(-exp(logMinusLogS - spread))
      let upper = exp(-exp(logMinusLogS + spread))
      return min(lower, upper)...max(lower, upper)
    }
  }

  /// One step per distinct observed time, ascending.
  public let steps: [Step]
  /// The number of observations.
  public let count: Int

  /// Estimates the survival function.
  ///
  /// - Complexity: O(n log n).
  public init(_ observations: [SurvivalObservation]) {
    let sorted = observations.sorted { $0.duration < $1.duration }
    var steps: [Step] = []
    var atRisk = sorted.count
    var survival = 1.0
    var greenwoodSum = 0.0
    var index = 0
    while index < sorted.count {
      let time = sorted[index].duration
      var events = 0
      var censored = 0
      while index < sorted.count, sorted[index].duration == time {
        if sorted[index].eventObserved { events += 1 } else { censored += 1 }
        index += 1
      }
      if events > 0 {
        survival *= 1 - Double(events) / Double(atRisk)
        greenwoodSum +=
          events == atRisk
          ? .infinity : Double(events) / (Double(atRisk) * Double(atRisk - events))
      }
      steps.append(
        Step(
          time: time, atRisk: atRisk, events: events, censored: censored, survival: survival,
          greenwoodSum: greenwoodSum))
      atRisk -= events + censored
    }
    self.steps = steps
    count = observations.count
  }

  /// S(t): the estimated probability of surviving past `t` (1 before the first event; the
  /// last value after the last observation).
  public func survival(at t: Double) -> Double {
    var low = 0
    var high = steps.count
    while low < high {
      let middle = (low + high) / 2
      if steps[middle].time <= t { low = middle + 1 } else { high = middle }
    }
    return low == 0 ? 1 : steps[low - 1].survival
  }

  /// The first observed time at which S(t) ≤ `probability`, or `nil` if the curve never
  /// gets that low (too many censored subjects) — the same rule as `lifelines`'
  /// `qth_survival_time`.
  ///
  /// - Precondition: `0 <= probability <= 1`.
  public func time(atSurvival probability: Double) -> Double? {
    precondition((0...1).contains(probability), "a survival probability must be in 0...1")
    return steps.first { $0.survival <= probability }?.time
  }

  /// The median survival time: the first time at which S(t) ≤ 0.5, or `nil` if the
  /// estimate never drops to one half.
  public var medianTime: Double? { time(atSurvival: 0.5) }
}
