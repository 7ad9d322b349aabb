/// Reference numbers for `LogisticRegressionTests`, computed once with well-known
/// statistics packages; only the numbers are committed, not the packages.
///
/// `LogisticRegressionTests.agreesWithScikitLearn…` and `…WithStatsmodels…` compare
/// `LogisticRegression` with reference implementations on the 40 × 3 fixture written
/// literally in `LogisticRegressionTests.swift` (`fixtureRows`; the last value of each row is
/// the label).
/// The numbers were computed once, with scikit-learn 1.9.1 and statsmodels 0.15.0 (Python
/// 3.11, NumPy), by the script below; only the numbers are committed, not the packages.
///
/// Conventions that must match Quorum's:
///
/// - features standardised with the **population** standard deviation (`ddof=0`, as
///   `StandardScaler` and `Standardization` do);
/// - scikit-learn minimises `C·Σ log-loss + ½‖w‖²` with an unpenalised intercept (solvers
///   `newton-cg`/`lbfgs`), which is Quorum's `Σ log-loss + (λ/2)‖w‖²` with `λ = 1/C`;
/// - `newton-cg` with `tol=1e-14` was used; it agrees with a plain NumPy Newton iteration to
///   about 1e-14 relative (`lbfgs` only to about 1e-8, so it is not the reference);
/// - λ = 0 is `penalty=None` in scikit-learn and statsmodels' `Logit` (maximum likelihood),
///   which agree with each other to about 1e-13.
///
/// Results (intercept, then coefficients of x1, x2, x3 on the standardised scale):
///
/// - λ = 1, sklearn newton-cg, C = 1: 0.10691004259810832, 0.552687210114851,
///   0.21534014950868263, -0.555257338896789
/// - λ = 10, sklearn newton-cg, C = 0.1: 0.10303851518089494, 0.27716964157254,
///   0.12267999566005897, -0.2839922725935086
/// - λ = 0, statsmodels Logit: 0.10810322206498442, 0.6406767092190502,
///   0.24193099123270492, -0.639087864151668
///
/// Column means `[3.0552499999999996, 2.675, 0.12525000000000003]`, population sds
/// `[1.298206431003945, 1.6490527584040484, 0.9909414399953208]`.
///
/// ```python
/// import numpy as np
/// from sklearn.linear_model import LogisticRegression
/// import statsmodels.api as sm
///
/// rng = np.random.default_rng(20250301)
/// n = 40
/// x1 = np.round(rng.normal(3.0, 1.5, n), 2)
/// x2 = np.round(rng.integers(0, 6, n).astype(float), 0)
/// x3 = np.round(rng.normal(0.0, 1.0, n), 2)
/// X = np.column_stack([x1, x2, x3])
/// eta = -2.0 + 0.6 * x1 + 0.3 * x2 - 0.8 * x3
/// y = (rng.random(n) < 1 / (1 + np.exp(-eta))).astype(int)
/// Z = (X - X.mean(axis=0)) / X.std(axis=0, ddof=0)
///
/// def sklearn_fit(C):
///     kw = dict(fit_intercept=True, solver="newton-cg", tol=1e-14, max_iter=100000)
///     if C is None:
///         m = LogisticRegression(penalty=None, **kw)
///     else:
///         m = LogisticRegression(C=C, **kw)
///     m.fit(Z, y)
///     return [m.intercept_[0]] + m.coef_[0].tolist()
///
/// for lam in [1.0, 10.0]:
///     print(lam, sklearn_fit(1 / lam))
/// print(0, sklearn_fit(None))
/// print(0, sm.Logit(y, sm.add_constant(Z)).fit(method="newton", tol=1e-14, disp=0).params)
/// ```
enum LogisticReferenceFixture {}
