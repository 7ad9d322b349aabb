extension ScoringModel {
  /// Negative qualification evidence that disqualifies a contact and costs points, e.g. an
  /// `unmet` timeline whose note says 24 months or more, or a note saying "no purchase for
  /// 24 months".
  ///
  /// It fires on the latest answer to a criterion when every condition given holds: the
  /// criterion (any when `nil`), the value (any when empty), a horizon of at least
  /// `minimumMonths` written in the note ("24 months", "2 years", "36+ mo"), and one of the
  /// `notePhrases` in the note (case-insensitive).
  public struct Disqualifier: Hashable, Sendable, Codable {
    /// The disqualifier's name, unique; part of the feature name
    /// (`disqualifier.<name>`), so lowercase letters, digits and `_` only.
    public var name: String
    /// The criterion the answer must be about, or `nil` for any.
    public var criterion: QualificationCriterion?
    /// The values the answer must have, or empty for any.
    public var values: [QualificationValue]
    /// The least horizon, in months, the note must mention, or `nil` for no condition.
    public var minimumMonths: Int?
    /// Phrases one of which the note must contain, or empty for no condition.
    public var notePhrases: [String]
    /// The points it costs (usually negative).
    public var points: Double

    /// Creates a disqualifier.
    public init(
      name: String, criterion: QualificationCriterion? = nil, values: [QualificationValue] = [],
      minimumMonths: Int? = nil, notePhrases: [String] = [], points: Double
    ) {
      self.name = name
      self.criterion = criterion
      self.values = values
      self.minimumMonths = minimumMonths
      self.notePhrases = notePhrases
      self.points = points
    }

    /// Whether the answer fires this disqualifier.
    public func matches(_ answer: Qualification) -> Bool {
      if let criterion, answer.criterion != criterion { return false }
      if !values.isEmpty, !values.contains(answer.value) { return false }
      guard minimumMonths != nil || !notePhrases.isEmpty else { return true }
      guard let note = answer.note else { return false }
      if let minimumMonths {
        guard let horizon = NoteHorizon.months(in: note), horizon >= minimumMonths else {
          return false
        }
      }
      if !notePhrases.isEmpty {
        let folded = NoteHorizon.fold(note)
        guard notePhrases.contains(where: { folded.contains(NoteHorizon.fold($0)) }) else {
          return false
        }
      }
      return true
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
      case name, criterion, values, minimumMonths, notePhrases, points
    }

    /// Decodes the disqualifier, rejecting unknown fields, criteria and values.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      name = try c.decode(String.self, forKey: .name)
      criterion = try c.decodeEnumIfPresent(QualificationCriterion.self, forKey: .criterion)
      values = try c.decodeEnums(QualificationValue.self, forKey: .values)
      minimumMonths = try c.decodeIfPresent(Int.self, forKey: .minimumMonths)
      notePhrases = try c.decode([String].self, forKey: .notePhrases)
      points = try c.decode(Double.self, forKey: .points)
    }

    /// Encodes the disqualifier, writing absent conditions as `null`.
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(name, forKey: .name)
      try c.encodeOrNull(criterion?.rawValue, forKey: .criterion)
      try c.encode(values.map(\.rawValue), forKey: .values)
      try c.encodeOrNull(minimumMonths, forKey: .minimumMonths)
      try c.encode(notePhrases, forKey: .notePhrases)
      try c.encode(points, forKey: .points)
    }
  }
}
