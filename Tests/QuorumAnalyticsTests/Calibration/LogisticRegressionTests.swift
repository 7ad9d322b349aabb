import QuorumAnalytics
import Testing

@Suite struct LogisticRegressionTests {
  /// 40 rows × (x1, x2, x3, label); see LogisticReferenceFixture.md for its origin.
  static let fixtureRows: [[Double]] = [
    [2.5, 4.0, 0.94, 1], [3.19, 5.0, 0.19, 1], [1.76, 1.0, -0.84, 0], [1.13, 5.0, 0.39, 0],
    [2.99, 5.0, -1.04, 1], [3.62, 2.0, -0.06, 0], [3.88, 3.0, 0.96, 1], [0.46, 4.0, -1.45, 1],
    [4.71, 3.0, 2.18, 0], [4.39, 1.0, -1.01, 1], [2.17, 1.0, -0.87, 0], [2.55, 2.0, 1.0, 1],
    [1.23, 2.0, 1.09, 0], [4.47, 1.0, 0.23, 1], [4.25, 4.0, -0.74, 0], [3.72, 2.0, -0.03, 0],
    [1.88, 5.0, 0.04, 0], [4.02, 0.0, 1.17, 1], [3.76, 0.0, 0.48, 1], [2.68, 3.0, -0.6, 1],
    [-0.06, 3.0, 0.23, 0], [3.92, 3.0, -0.03, 1], [2.73, 2.0, 0.17, 0], [4.03, 2.0, 1.53, 0],
    [3.29, 5.0, 0.7, 1], [0.07, 0.0, 1.66, 0], [2.85, 1.0, -0.1, 0], [3.87, 4.0, -1.67, 1],
    [4.65, 1.0, -0.73, 1], [2.39, 0.0, 1.34, 0], [2.34, 4.0, 0.2, 1], [3.06, 1.0, -0.54, 1],
    [2.82, 2.0, 1.06, 1], [2.69, 1.0, -1.07, 0], [2.1, 3.0, 1.84, 0], [3.49, 5.0, -0.32, 1],
    [4.36, 5.0, -0.95, 1], [3.7, 4.0, 0.28, 0], [5.67, 5.0, 1.22, 0], [4.88, 3.0, -1.84, 1],
  ]

  static func fixture() throws -> (DesignMatrix, [Bool]) {
    let x = try DesignMatrix(
      columnNames: ["x1", "x2", "x3"], rows: fixtureRows.map { Array($0.prefix(3)) })
    return (x, fixtureRows.map { $0[3] == 1 })
  }

  /// Expects intercept and coefficients (standardised scale) within 1e-6 relative.
  static func expectAgreement(_ model: LogisticModel, _ reference: [Double]) {
    let fitted = [model.standardizedIntercept] + model.standardizedCoefficients
    for (actual, expected) in zip(fitted, reference) {
      #expect(isRelativelyClose(actual, expected, 1e-6), "\(actual) vs \(expected)")
    }
  }

  @Test func standardizesWithPopulationStandardDeviation() throws {
    let (x, _) = try Self.fixture()
    let s = Standardization(fitting: x)
    let means = [3.0552499999999996, 2.675, 0.12525000000000003]
    let sds = [1.298206431003945, 1.6490527584040484, 0.9909414399953208]
    for j in 0..<3 {
      #expect(isRelativelyClose(s.means[j], means[j], 1e-12))
      #expect(isRelativelyClose(s.standardDeviations[j], sds[j], 1e-12))
    }
  }

  @Test(arguments: [
    (1.0, [0.10691004259810832, 0.552687210114851, 0.21534014950868263, -0.555257338896789]),
    (10.0, [0.10303851518089494, 0.27716964157254, 0.12267999566005897, -0.2839922725935086]),
  ])
  func agreesWithScikitLearnOnTheFixture(lambda: Double, reference: [Double]) throws {
    let (x, y) = try Self.fixture()
    let model = try LogisticRegression(lambda: lambda).fit(x, labels: y)
    #expect(model.convergence.converged)
    #expect(model.convergence.gradientNorm < 1e-9)
    Self.expectAgreement(model, reference)
  }

  @Test func agreesWithStatsmodelsUnpenalised() throws {
    let (x, y) = try Self.fixture()
    let model = try LogisticRegression(lambda: 0).fit(x, labels: y)
    #expect(model.convergence.converged)
    Self.expectAgreement(
      model,
      [0.10810322206498442, 0.6406767092190502, 0.24193099123270492, -0.639087864151668])
  }

  @Test func originalScaleCoefficientsPredictTheSameProbabilities() throws {
    let (x, y) = try Self.fixture()
    let model = try LogisticRegression(lambda: 1).fit(x, labels: y)
    // β_j = w_j / sd_j and b = b_std − Σ β_j·mean_j.
    let sd = model.standardization.standardDeviations
    #expect(abs(model.coefficients[0] - model.standardizedCoefficients[0] / sd[0]) < 1e-15)
    for i in 0..<x.rowCount {
      let row = Array(x.row(i))
      var eta = model.intercept
      for j in 0..<3 { eta += model.coefficients[j] * row[j] }
      #expect(abs(LogisticFunction.sigmoid(eta) - model.probability(for: row)) < 1e-12)
    }
  }

  @Test func recoversKnownCoefficientsFromSimulatedData() throws {
    // y ~ Bernoulli(σ(−0.5 + 1.0·x1 − 2.0·x2 + 0.5·x3)), x ~ N(0, 1) i.i.d., n = 5000.
    // Maximum-likelihood standard errors are about 0.04–0.06 here; allow 0.2 (> 3 SE).
    var generator = SplitMix64(seed: 42)
    let truth = (intercept: -0.5, coefficients: [1.0, -2.0, 0.5])
    var rows: [[Double]] = []
    var labels: [Bool] = []
    for _ in 0..<5000 {
      let row = (0..<3).map { _ in generator.normal() }
      var eta = truth.intercept
      for j in 0..<3 { eta += truth.coefficients[j] * row[j] }
      rows.append(row)
      labels.append(generator.uniform() < LogisticFunction.sigmoid(eta))
    }
    let x = try DesignMatrix(columnNames: ["a", "b", "c"], rows: rows)
    let model = try LogisticRegression(lambda: 0).fit(x, labels: labels)
    #expect(model.convergence.converged)
    #expect(abs(model.intercept - truth.intercept) < 0.2)
    for j in 0..<3 { #expect(abs(model.coefficients[j] - truth.coefficients[j]) < 0.2) }
  }

  @Test func convergesWhenTheObjectiveCanNoLongerResolveTheLastNewtonSteps() throws {
    // On thousands of rows the last Newton steps decrease the summed objective by less
    // than its rounding error; the fit must still take them and converge quickly.
    let (x, labels) = try TimeOrderedCrossValidationTests.simulated(
      rows: 6000, noise: 19, signal: 1, seed: 5)
    let model = try LogisticRegression(lambda: 1).fit(x, labels: labels)
    #expect(model.convergence.converged)
    #expect(model.convergence.iterations <= 10)
  }

  static func separatedData() throws -> (DesignMatrix, [Bool]) {
    // Won exactly when x > 0: perfectly separable.
    let xs: [Double] = [-3, -2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2, 3]
    return (try DesignMatrix(columnNames: ["x"], rows: xs.map { [$0] }), xs.map { $0 > 0 })
  }

  @Test func convergesUnderPerfectSeparationWhenRegularised() throws {
    let (x, y) = try Self.separatedData()
    let model = try LogisticRegression(lambda: 1).fit(x, labels: y)
    #expect(model.convergence.converged)
    #expect(model.coefficients[0] > 0 && model.coefficients[0].isFinite)
    #expect(model.convergence.gradientNorm < 1e-8)
  }

  @Test func reportsNonConvergenceUnderPerfectSeparationWithoutPenalty() throws {
    let (x, y) = try Self.separatedData()
    let model = try LogisticRegression(lambda: 0).fit(x, labels: y)
    #expect(!model.convergence.converged)
    #expect(model.convergence.stopReason == .perfectSeparation)
    let warning = try #require(model.convergence.warning)
    #expect(warning.description.contains("(perfectSeparation)"))
    #expect(model.intercept.isFinite && model.coefficients.allSatisfy { $0.isFinite })
    #expect(model.convergence.gradientNorm.isFinite && model.convergence.objective.isFinite)
    #expect(!model.probability(for: [0.25]).isNaN)
  }

  @Test func constantColumnGetsZeroCoefficientWithoutNaN() throws {
    let (fixture, y) = try Self.fixture()
    let rows = (0..<fixture.rowCount).map { Array(fixture.row($0)) + [7] }
    let x = try DesignMatrix(columnNames: ["x1", "x2", "x3", "always7"], rows: rows)
    let model = try LogisticRegression(lambda: 0).fit(x, labels: y)
    #expect(model.standardization.isConstant == [false, false, false, true])
    #expect(model.standardization.standardDeviations[3] == 0)
    #expect(model.coefficients[3] == 0 && model.standardizedCoefficients[3] == 0)
    Self.expectAgreement(
      model,
      [0.10810322206498442, 0.6406767092190502, 0.24193099123270492, -0.639087864151668])
  }

  @Test func rejectsSingleClassAndEmptyData() throws {
    let x = try DesignMatrix(columnNames: ["x"], rows: [[1], [2]])
    #expect(throws: CalibrationError.singleClass(positives: 2, negatives: 0)) {
      try LogisticRegression().fit(x, labels: [true, true])
    }
    let empty = try DesignMatrix(columnNames: ["x"], rows: [])
    #expect(throws: CalibrationError.empty) { try LogisticRegression().fit(empty, labels: []) }
  }

  @Test func duplicatedColumnsWithoutPenaltyReportSingularHessian() throws {
    let (fixture, y) = try Self.fixture()
    let rows = (0..<fixture.rowCount).map { [fixture[$0, 0], fixture[$0, 0]] }
    let x = try DesignMatrix(columnNames: ["x1", "copy"], rows: rows)
    let model = try LogisticRegression(lambda: 0).fit(x, labels: y)
    #expect(model.convergence.stopReason == .singularHessian)
    #expect(model.coefficients.allSatisfy { $0.isFinite })
    // With a penalty the two copies share the weight equally.
    let ridge = try LogisticRegression(lambda: 1).fit(x, labels: y)
    #expect(ridge.convergence.converged)
    #expect(abs(ridge.coefficients[0] - ridge.coefficients[1]) < 1e-9)
  }
}
