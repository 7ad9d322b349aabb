// Coding helpers for the scoring-model document: strict keys (an unknown or misspelled
// field is an error, not silently ignored), explicit nulls, and the Domain enums and open
// vocabularies written as plain strings.

struct ModelCodingKey: CodingKey, Hashable {
  var stringValue: String
  var intValue: Int? { nil }

  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

extension Decoder {
  /// The keyed container of an object whose every field must be one of `Key.allCases`.
  func strictContainer<Key: CodingKey & CaseIterable>(
    keyedBy type: Key.Type
  ) throws -> KeyedDecodingContainer<Key> {
    let all = try container(keyedBy: ModelCodingKey.self)
    let known = Set(Key.allCases.map(\.stringValue))
    let unknown = all.allKeys.filter { !known.contains($0.stringValue) }
    if let first = unknown.min(by: { $0.stringValue < $1.stringValue }) {
      let expected = Key.allCases.map(\.stringValue).sorted().joined(separator: ", ")
      throw DecodingError.dataCorruptedError(
        forKey: first, in: all,
        debugDescription: "unknown field '\(first.stringValue)' (expected one of: \(expected))")
    }
    return try container(keyedBy: Key.self)
  }
}

extension KeyedDecodingContainer {
  func decodeActivityTypes(forKey key: Key) throws -> [ActivityType] {
    let names = try decode([String].self, forKey: key)
    guard !names.contains(where: \.isEmpty) else {
      throw DecodingError.dataCorruptedError(
        forKey: key, in: self, debugDescription: "an activity type must not be empty")
    }
    return names.map(ActivityType.init(rawValue:))
  }

  func decodeEnum<T: RawRepresentable & CaseIterable>(_ type: T.Type, forKey key: Key) throws -> T
  where T.RawValue == String {
    let raw = try decode(String.self, forKey: key)
    return try parse(raw, as: type, forKey: key)
  }

  func decodeEnumIfPresent<T: RawRepresentable & CaseIterable>(
    _ type: T.Type, forKey key: Key
  ) throws -> T? where T.RawValue == String {
    guard let raw = try decodeIfPresent(String.self, forKey: key) else { return nil }
    return try parse(raw, as: type, forKey: key)
  }

  func decodeEnums<T: RawRepresentable & CaseIterable>(_ type: T.Type, forKey key: Key) throws
    -> [T]
  where T.RawValue == String {
    try decode([String].self, forKey: key).map { try parse($0, as: type, forKey: key) }
  }

  private func parse<T: RawRepresentable & CaseIterable>(
    _ raw: String, as type: T.Type, forKey key: Key
  ) throws -> T where T.RawValue == String {
    guard let value = T(rawValue: raw) else {
      let expected = T.allCases.map(\.rawValue).joined(separator: ", ")
      throw DecodingError.dataCorruptedError(
        forKey: key, in: self,
        debugDescription: "unknown value '\(raw)' (expected one of: \(expected))")
    }
    return value
  }

  /// Decodes an object whose keys are data (activity types, criteria, feature names).
  func decodeMap<Value: Decodable, MapKey: Hashable>(
    _ type: Value.Type, forKey key: Key, key makeKey: (String) -> MapKey?, keyDescription: String
  ) throws -> [MapKey: Value] {
    let nested = try nestedContainer(keyedBy: ModelCodingKey.self, forKey: key)
    var map: [MapKey: Value] = [:]
    for entry in nested.allKeys {
      guard let mapKey = makeKey(entry.stringValue) else {
        throw DecodingError.dataCorruptedError(
          forKey: entry, in: nested,
          debugDescription: "unknown \(keyDescription) '\(entry.stringValue)'")
      }
      map[mapKey] = try nested.decode(Value.self, forKey: entry)
    }
    return map
  }
}

extension KeyedEncodingContainer {
  /// Encodes an optional as an explicit `null`, so the document shows every field.
  mutating func encodeOrNull<T: Encodable>(_ value: T?, forKey key: Key) throws {
    if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
  }

  mutating func encodeMap<Value: Encodable, MapKey>(
    _ map: [MapKey: Value], forKey key: Key, name: (MapKey) -> String
  ) throws {
    var nested = nestedContainer(keyedBy: ModelCodingKey.self, forKey: key)
    for (mapKey, value) in map { try nested.encode(value, forKey: ModelCodingKey(name(mapKey))) }
  }
}
