/// A fitted logistic regression: P(won | x) = σ(b + Σⱼ βⱼ·xⱼ).
///
/// Coefficients are kept on two scales. The *standardised* ones (`standardizedIntercept`,
/// `standardizedCoefficients`) are what the fit estimated, per standard deviation of each
/// feature, and are comparable across features. The *original-scale* ones (`intercept`,
/// `coefficients`) apply to raw feature values:
///
///     βⱼ = wⱼ / sdⱼ,   b = b_std − Σⱼ wⱼ·meanⱼ / sdⱼ
///
/// (constant columns have coefficient 0 on both scales). Produced by
/// `LogisticRegression.fit(_:labels:)`.
public struct LogisticModel: Hashable, Sendable {
  /// The feature (column) names, in coefficient order.
  public let featureNames: [String]
  /// The standardization learned from the training matrix.
  public let standardization: Standardization
  /// The L2 penalty the model was fitted with.
  public let lambda: Double
  /// The intercept on the standardised scale (log-odds at the mean feature vector).
  public let standardizedIntercept: Double
  /// One coefficient per feature, on the standardised scale (log-odds per sd).
  public let standardizedCoefficients: [Double]
  /// The intercept on the original feature scale (log-odds when every feature is 0).
  public let intercept: Double
  /// One coefficient per feature, on the original scale (log-odds per unit).
  public let coefficients: [Double]
  /// How the fit ended.
  public let convergence: LogisticConvergence
  /// Rows the model was fitted on.
  public let trainingRows: Int
  /// Won rows among them.
  public let trainingPositives: Int

  /// Creates a model from standardised-scale coefficients (as a fit produces them, or as
  /// read back from storage); the original-scale ones are derived.
  ///
  /// - Precondition: one name, one standardised coefficient and one standardization column
  ///   per feature; constant columns have coefficient 0.
  public init(
    featureNames: [String], standardization: Standardization, lambda: Double,
    standardizedIntercept: Double, standardizedCoefficients: [Double],
    convergence: LogisticConvergence, trainingRows: Int, trainingPositives: Int
  ) {
    precondition(
      featureNames.count == standardizedCoefficients.count
        && featureNames.count == standardization.means.count,
      "one coefficient and one standardization entry per feature")
    let scales = standardization.scales
    let coefficients = zip(standardizedCoefficients, scales).map { $0 / $1 }
    var intercept = standardizedIntercept
    for j in coefficients.indices { intercept -= coefficients[j] * standardization.means[j] }
    self.featureNames = featureNames
    self.standardization = standardization
    self.lambda = lambda
    self.standardizedIntercept = standardizedIntercept
    self.standardizedCoefficients = standardizedCoefficients
    self.intercept = intercept
    self.coefficients = coefficients
    self.convergence = convergence
    self.trainingRows = trainingRows
    self.trainingPositives = trainingPositives
  }

  /// The log-odds of winning for one row of original-scale feature values.
  public func logOdds(for row: some Collection<Double>) -> Double {
    let z = standardization.standardize(row: row)
    var eta = standardizedIntercept
    for j in z.indices { eta += standardizedCoefficients[j] * z[j] }
    return eta
  }

  /// The probability of winning for one row of original-scale feature values.
  public func probability(for row: some Collection<Double>) -> Double {
    LogisticFunction.sigmoid(logOdds(for: row))
  }

  /// The probability of winning for each row of `matrix`.
  ///
  /// - Precondition: `matrix` has this model's columns, in this order.
  /// - Complexity: O(n·p).
  public func probabilities(for matrix: DesignMatrix) -> [Double] {
    precondition(matrix.columnNames == featureNames, "matrix columns must match the model")
    return (0..<matrix.rowCount).map { probability(for: matrix.row($0)) }
  }

  /// The original-scale coefficient of the feature called `name`, if the model has it.
  public func coefficient(named name: String) -> Double? {
    featureNames.firstIndex(of: name).map { coefficients[$0] }
  }
}
