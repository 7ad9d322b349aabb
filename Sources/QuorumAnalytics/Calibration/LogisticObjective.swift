import Foundation

/// The penalised log-likelihood objective of `LogisticRegression` on one standardised
/// training matrix, with its gradient and Hessian:
///
///     f(θ) = Σᵢ [log(1 + e^ηᵢ) − yᵢ·ηᵢ] + (λ/2)·Σ_{a≥1} θₐ²,   ηᵢ = θ·zᵢ
///     ∇f = Σᵢ (μᵢ − yᵢ)·zᵢ + λ·(0, θ₁, …),   ∇²f = Σᵢ μᵢ(1 − μᵢ)·zᵢzᵢᵀ + λ·diag(0, 1, …, 1)
///
/// where zᵢ is row i's standardised non-constant features after a leading 1 (the
/// intercept) and μᵢ = σ(ηᵢ). Residuals and weights use forms accurate for large |η|:
/// μ − y is −σ(−η) for a won row, and μ(1 − μ) is e^−|η| / (1 + e^−|η|)².
struct LogisticObjective {
  /// The original column index of each active (non-constant) column.
  let active: [Int]
  /// Row-major n × q values, q = 1 + active.count, first entry of each row 1.
  private let z: [Double]
  private let labels: [Bool]

  /// q: the intercept plus the active columns.
  var width: Int { active.count + 1 }

  /// How far an evaluation goes: each order includes the ones before it.
  enum Order: Int, Comparable, Sendable {
    /// f(θ) alone: O(n·q).
    case value
    /// f(θ) and ∇f: O(n·q).
    case gradient
    /// f(θ), ∇f and ∇²f: O(n·q²/2).
    case hessian

    static func < (lhs: Order, rhs: Order) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The objective's value, and when asked its gradient and Hessian (row-major q × q);
  /// what was not asked for is empty.
  struct Evaluation: Sendable {
    var value: Double
    var gradient: [Double]
    var hessian: [Double]
  }

  init(x: DesignMatrix, labels: [Bool], standardization: Standardization) {
    let active = (0..<x.columnCount).filter { !standardization.isConstant[$0] }
    let scales = standardization.scales
    var z: [Double] = []
    z.reserveCapacity(x.rowCount * (active.count + 1))
    for i in 0..<x.rowCount {
      z.append(1)
      for j in active {
        z.append((x.values[i * x.columnCount + j] - standardization.means[j]) / scales[j])
      }
    }
    self.active = active
    self.z = z
    self.labels = labels
  }

  /// Evaluates at `theta` (intercept first) for penalty `lambda`, through `order`.
  ///
  /// The Hessian's upper triangle is accumulated four rows at a time (one read and write of
  /// each entry per four rows), which keeps the O(n·q²/2) update fast; the order of the
  /// additions is fixed, so results stay deterministic.
  ///
  /// - Complexity: O(n·q) through the gradient, O(n·q²/2) with the Hessian (upper triangle
  ///   only).
  func evaluate(_ theta: [Double], lambda: Double, through order: Order) -> Evaluation {
    let q = width
    let n = labels.count
    let withGradient = order >= .gradient
    let withHessian = order == .hessian
    var value = 0.0
    var gradient = [Double](repeating: 0, count: q)
    var hessian = [Double](repeating: 0, count: withHessian ? q * q : 0)
    var weights = [Double](repeating: 0, count: withHessian ? n : 0)
    z.withUnsafeBufferPointer { z in
      theta.withUnsafeBufferPointer { theta in
        gradient.withUnsafeMutableBufferPointer { gradient in
          weights.withUnsafeMutableBufferPointer { weights in
            guard let z = z.baseAddress, let theta = theta.baseAddress,
              let gradient = gradient.baseAddress
            else { return }
            for (i, won) in labels.enumerated() {
              let zi = z + i * q
              let eta = Self.dot(theta, zi, count: q)
              value += LogisticFunction.logLoss(logOdds: eta, outcome: won)
              guard withGradient else { continue }
              let residual = won ? -LogisticFunction.sigmoid(-eta) : LogisticFunction.sigmoid(eta)
              var a = 0
              while a < q {
                gradient[a] += residual * zi[a]
                a &+= 1
              }
              guard withHessian else { continue }
              let e = exp(-abs(eta))
              weights[i] = e / ((1 + e) * (1 + e))
            }
          }
        }
      }
    }
    var penalty = 0.0
    for a in 1..<q { penalty += theta[a] * theta[a] }
    value += lambda / 2 * penalty
    guard withGradient else { return Evaluation(value: value, gradient: [], hessian: []) }
    for a in 1..<q { gradient[a] += lambda * theta[a] }
    guard withHessian else { return Evaluation(value: value, gradient: gradient, hessian: []) }
    accumulateHessian(weights: weights, into: &hessian)
    for a in 0..<q {
      for b in 0..<a { hessian[a * q + b] = hessian[b * q + a] }
    }
    for a in 1..<q { hessian[a * q + a] += lambda }
    return Evaluation(value: value, gradient: gradient, hessian: hessian)
  }

  /// Adds Σᵢ wᵢ·zᵢzᵢᵀ to the upper triangle of `hessian`, rows in blocks of four.
  ///
  /// The innermost loop runs on raw pointers with wrapping index arithmetic: with no
  /// overflow checks in it, the compiler vectorises it (each entry's additions keep their
  /// order, so the sums are the same as a scalar loop's).
  private func accumulateHessian(weights: [Double], into hessian: inout [Double]) {
    let q = width
    let n = weights.count
    z.withUnsafeBufferPointer { z in
      hessian.withUnsafeMutableBufferPointer { h in
        guard let z = z.baseAddress, let h = h.baseAddress else { return }
        var i = 0
        while i + 4 <= n {
          let (z0, z1, z2, z3) = (z + i * q, z + (i + 1) * q, z + (i + 2) * q, z + (i + 3) * q)
          let (w0, w1, w2, w3) = (weights[i], weights[i + 1], weights[i + 2], weights[i + 3])
          for a in 0..<q {
            let (c0, c1, c2, c3) = (w0 * z0[a], w1 * z1[a], w2 * z2[a], w3 * z3[a])
            let row = h + a * q
            var b = a
            while b < q {
              row[b] += (c0 * z0[b] + c1 * z1[b]) + (c2 * z2[b] + c3 * z3[b])
              b &+= 1
            }
          }
          i += 4
        }
        while i < n {
          let zi = z + i * q
          for a in 0..<q {
            let c = weights[i] * zi[a]
            let row = h + a * q
            var b = a
            while b < q {
              row[b] += c * zi[b]
              b &+= 1
            }
          }
          i += 1
        }
      }
    }
  }

  /// Σₐ xₐ·yₐ over `count` entries, added in order.
  private static func dot(
    _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, count: Int
  ) -> Double {
    var sum = 0.0
    var a = 0
    while a < count {
      sum += x[a] * y[a]
      a &+= 1
    }
    return sum
  }

  /// Whether every fitted probability is within 10⁻⁶ of its 0/1 label.
  func fitsLabelsExactly(_ theta: [Double]) -> Bool {
    let q = width
    return labels.indices.allSatisfy { i in
      var eta = 0.0
      for a in 0..<q { eta += theta[a] * z[i * q + a] }
      let miss = labels[i] ? LogisticFunction.sigmoid(-eta) : LogisticFunction.sigmoid(eta)
      return miss < 1e-6
    }
  }
}
