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
  /// - Complexity: O(n·q) for the value, O(n·q²/2) with derivatives (upper triangle only).
  func evaluate(_ theta: [Double], lambda: Double, withDerivatives: Bool) -> Evaluation {
    let q = width
    var value = 0.0
    var gradient = [Double](repeating: 0, count: q)
    var hessian = [Double](repeating: 0, count: withDerivatives ? q * q : 0)
    z.withUnsafeBufferPointer { z in
      theta.withUnsafeBufferPointer { theta in
        gradient.withUnsafeMutableBufferPointer { gradient in
          hessian.withUnsafeMutableBufferPointer { hessian in
            for (i, won) in labels.enumerated() {
              let row = i * q
              var eta = 0.0
              for a in 0..<q { eta += theta[a] * z[row + a] }
              value += LogisticFunction.logLoss(logOdds: eta, outcome: won)
              guard withDerivatives else { continue }
              let residual = won ? -LogisticFunction.sigmoid(-eta) : LogisticFunction.sigmoid(eta)
              let e = exp(-abs(eta))
              let weight = e / ((1 + e) * (1 + e))
              for a in 0..<q {
                let za = z[row + a]
                gradient[a] += residual * za
                let wa = weight * za
                let diagonal = a * q
                for b in a..<q { hessian[diagonal + b] += wa * z[row + b] }
              }
            }
          }
        }
      }
    }
    var penalty = 0.0
    for a in 1..<q { penalty += theta[a] * theta[a] }
    value += lambda / 2 * penalty
    guard withDerivatives else { return Evaluation(value: value, gradient: [], hessian: []) }
    for a in 0..<q {
      for b in 0..<a { hessian[a * q + b] = hessian[b * q + a] }
    }
    for a in 1..<q {
      gradient[a] += lambda * theta[a]
      hessian[a * q + a] += lambda
    }
    return Evaluation(value: value, gradient: gradient, hessian: hessian)
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
