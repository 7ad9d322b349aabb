/// The named numeric features of one account at a cutoff: the single feature code that
/// both the scorer (calibrated account score) and calibration training use.
///
/// The features, in sorted name order (see ``ScoringModel/featureNames``):
/// - `fit.<dimension>.<label>`: 1 when the account's first matching rule in that dimension
///   is this rule, else 0.
/// - `engagement.<type>`: Σ over the account's contacts (created by the cutoff) of
///   Σ over their events of that type in the look-back window of 0.5^(age / half-life),
///   age in days from the cutoff date (uncapped, unlike contact points).
/// - `committee.engaged_contacts`, `committee.engaged_departments`,
///   `committee.economic_buyer` (0/1), `committee.champion` (0/1), `committee.coverage`
///   (0...1), `committee.single_threaded` (0/1): from the committee signals given; without
///   them, engaged contacts are those with a positive-points event in the committee window,
///   departments the distinct departments among them, single-threaded when exactly one is
///   engaged, and the role features 0.
/// - `framework.<criterion>`: the latest answer visible at the cutoff across the account's
///   contacts, its opportunities (created by the cutoff) and the account itself: met 1,
///   partial 0.5, unmet −1, unknown or none 0.
/// - `disqualifier.<name>`: 1 when the disqualifier fires on those latest answers.
public struct AccountFeatures: Hashable, Sendable {
  /// The account.
  public var accountID: String
  /// The cutoff the features were computed under.
  public var cutoff: TimeCutoff
  /// The feature names, sorted.
  public var names: [String]
  /// The values, aligned with `names`.
  public var values: [Double]

  /// Creates features.
  ///
  /// - Precondition: `names` and `values` have the same length and `names` is sorted.
  public init(accountID: String, cutoff: TimeCutoff, names: [String], values: [Double]) {
    precondition(names.count == values.count, "one value per feature name")
    self.accountID = accountID
    self.cutoff = cutoff
    self.names = names
    self.values = values
  }

  /// The value of the feature `name`, or 0 when the model has no such feature.
  ///
  /// - Complexity: O(log n) (binary search in the sorted names).
  public subscript(name: String) -> Double {
    var low = 0
    var high = names.count
    while low < high {
      let middle = (low + high) / 2
      if names[middle] < name { low = middle + 1 } else { high = middle }
    }
    return low < names.count && names[low] == name ? values[low] : 0
  }

  /// The features as a dictionary, name → value.
  public var dictionary: [String: Double] {
    Dictionary(uniqueKeysWithValues: zip(names, values))
  }
}
