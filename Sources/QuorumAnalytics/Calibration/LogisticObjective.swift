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

  /// The objective's value, and when asked its gradient and Hessian (row-major q × q).
  struct Evaluation {
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

  /// Evaluates at `theta` (intercept first) for penalty `lambda`.
  ///
  /// The Hessian's upper triangle is accumulated four rows at a time (one read and write of
  /// each entry per four rows), which keeps the O(n·q²/2) update fast; the order of the
  /// additions is fixed, so results stay deterministic.
  ///
  /// - Complexity: O(n·q) for the value, O(n·q²/2) with derivatives (upper triangle only).
  func evaluate(_ theta: [Double], lambda: Double, withDerivatives: Bool) -> Evaluation {
    let q = width
    let n = labels.count
    var value = 0.0
    var gradient = [Double](repeating: 0, count: q)
    var hessian = [Double](repeating: 0, count: withDerivatives ? q * q : 0)
    var weights = [Double](repeating: 0, count: withDerivatives ? n : 0)
    z.withUnsafeBufferPointer { z in
      theta.withUnsafeBufferPointer { theta in
        gradient.withUnsafeMutableBufferPointer { gradient in
          weights.withUnsafeMutableBufferPointer { weights in
            for (i, won) in labels.enumerated() {
              let row = i * q
              var eta = 0.0
              for a in 0..<q { eta += theta[a] * z[row + a] }
              value += LogisticFunction.logLoss(logOdds: eta, outcome: won)
              guard withDerivatives else { continue }
              let residual = won ? -LogisticFunction.sigmoid(-eta) : LogisticFunction.sigmoid(eta)
              let e = exp(-abs(eta))
              weights[i] = e / ((1 + e) * (1 + e))
              for a in 0..<q { gradient[a] += residual * z[row + a] }
            }
          }
        }
      }
    }
    var penalty = 0.0
    for a in 1..<q { penalty += theta[a] * theta[a] }
    value += lambda / 2 * penalty
    guard withDerivatives else { return Evaluation(value: value, gradient: [], hessian: []) }
    accumulateHessian(weights: weights, into: &hessian)
    for a in 0..<q {
      for b in 0..<a { hessian[a * q + b] = hessian[b * q + a] }
    }
    for a in 1..<q {
      gradient[a] += lambda * theta[a]
      hessian[a * q + a] += lambda
    }
    return Evaluation(value: value, gradient: gradient, hessian: hessian)
  }

  /// Adds Σᵢ wᵢ·zᵢzᵢᵀ to the upper triangle of `hessian`, rows in blocks of four.
  private func accumulateHessian(weights: [Double], into hessian: inout [Double]) {
    let q = width
    let n = weights.count
    z.withUnsafeBufferPointer { z in
      hessian.withUnsafeMutableBufferPointer { h in
        var i = 0
        while i + 4 <= n {
          let (r0, r1, r2, r3) = (i * q, (i + 1) * q, (i + 2) * q, (i + 3) * q)
          let (w0, w1, w2, w3) = (weights[i], weights[i + 1], weights[i + 2], weights[i + 3])
          for a in 0..<q {
            let (c0, c1, c2, c3) = (w0 * z[r0 + a], w1 * z[r1 + a], w2 * z[r2 + a], w3 * z[r3 + a])
            let diagonal = a * q
            for b in a..<q {
              h[diagonal + b] +=
                (c0 * z[r0 + b] + c1 * z[r1 + b]) + (c2 * z[r2 + b] + c3 * z[r3 + b])
            }
          }
          i += 4
        }
        while i < n {
          let row = i * q
          for a in 0..<q {
            let c = weights[i] * z[row + a]
            let diagonal = a * q
            for b in a..<q { h[diagonal + b] += c * z[row + b] }
          }
          i += 1
        }
      }
    }
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
