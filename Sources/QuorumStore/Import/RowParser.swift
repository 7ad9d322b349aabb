import QuorumAnalytics

/// Turns the fields of one record into validated contract values, reading the record's
/// bytes directly.
///
/// Nothing is coerced silently: an empty cell is absent (and rejected when the field is
/// required and has no mapping default), a value maps through the mapping's value table,
/// then must parse as the field's kind. The first problem rejects the row, naming the
/// column as the export's header calls it.
///
/// Speed: a field is read from the record's bytes without creating a `String` (text is
/// copied once, into the batch; numbers, ISO 8601 times and vocabulary words are parsed in
/// place). A field with a mapping default or value table, a declared date format, or spaces
/// to trim next to non-ASCII text takes the `String` path, which is the reference
/// behaviour: both paths give the same value or the same problem for every input.
struct RowParser {
  /// How one contract field is read: plain values only, so the hot loop copies no
  /// references.
  private struct FieldPlan: BitwiseCopyable {
    /// The kinds the byte path parses.
    enum Kind: BitwiseCopyable {
      case text, integer, decimal, timestamp, boolean, enumeration
    }

    /// The field's position in `ContractFile.fields` (and in `details`).
    var position: Int
    /// The record's column, if the header has the field.
    var column: Int?
    var kind: Kind
    /// The mapping's scale factor (decimals).
    var scale: Double
    /// Whether the mapping gives a value table (so the `String` path reads the field).
    var hasValueMap: Bool
    /// Whether the mapping gives a value for an empty cell.
    var hasFallback: Bool
    /// Whether an exact byte match against an allowed value is the vocabulary's answer
    /// (every allowed value is its own canonical key, and keys are distinct).
    var exactVocabulary: Bool
  }

  /// What the `String` path and problems need of a field.
  private struct FieldDetails {
    var spec: FieldSpec
    /// The header as the export writes it (or the field's name when absent), for problems.
    var header: String
    /// The mapping's value for an empty cell.
    var fallback: String?
    /// The mapping's value table.
    var valueMap: [String: String]?
    /// The allowed values' bytes (enumerations).
    var allowed: [[UInt8]]
  }

  let file: ContractFile
  let layout: ColumnLayout
  let dateFormat: DateFormat?
  private let plans: [FieldPlan]
  private let details: [FieldDetails]
  /// For each attribute column: its index and its JSON key, `"header":`, as bytes.
  private let attributeKeys: [(column: Int, key: [UInt8])]

  init(file: ContractFile, layout: ColumnLayout, mapping: ImportMapping.FileMapping) {
    self.file = file
    self.layout = layout
    self.dateFormat = mapping.dateFormat.flatMap { try? DateFormat($0) }
    var plans: [FieldPlan] = []
    var details: [FieldDetails] = []
    for (position, spec) in file.fields.enumerated() {
      let column = layout.fieldColumns[position]
      var allowed: [String] = []
      let kind: FieldPlan.Kind
      switch spec.kind {
      case .text: kind = .text
      case .integer: kind = .integer
      case .decimal: kind = .decimal
      case .timestamp: kind = .timestamp
      case .boolean: kind = .boolean
      case .enumeration(let values):
        kind = .enumeration
        allowed = values
      }
      let keys = allowed.map(ValueParser.vocabularyKey)
      plans.append(
        FieldPlan(
          position: position, column: column, kind: kind,
          scale: mapping.scale?[spec.name] ?? 1,
          hasValueMap: mapping.values?[spec.name] != nil,
          hasFallback: mapping.defaults?[spec.name] != nil,
          exactVocabulary: keys == allowed && Set(keys).count == keys.count))
      details.append(
        FieldDetails(
          spec: spec, header: column.map { layout.header[$0] } ?? spec.name,
          fallback: mapping.defaults?[spec.name], valueMap: mapping.values?[spec.name],
          allowed: allowed.map { Array($0.utf8) }))
    }
    self.plans = plans
    self.details = details
    attributeKeys = layout.attributeColumns.map {
      (column: $0.index, key: Array((JSONText.string($0.header) + ":").utf8))
    }
  }

  /// Parses the fields of `record` into `values` (one per contract field, in
  /// `ContractFile.fields` order, `.null` where absent), appending text to `batch.bytes`.
  /// Returns the problem that rejects the row, if any (text may have been appended).
  func parse(_ record: CSVRecord, into values: inout [BatchValue], batch: inout WriteBatch)
    -> RowProblem?
  {
    values.removeAll(keepingCapacity: true)
    for index in plans.indices {
      let plan = plans[index]
      let result: Result<BatchValue, RowProblem>
      if let column = plan.column {
        result = record.withFieldBytes(at: column) { parse($0, plan, &batch) }
      } else {
        result = parseText(nil, plan, &batch)
      }
      switch result {
      case .success(let value): values.append(value)
      case .failure(let problem): return problem
      }
    }
    return nil
  }

  /// The extra columns of `record` as a JSON object in `batch.bytes` (keys in header
  /// order, empty cells left out), or `.null` when there are none.
  func attributes(of record: CSVRecord, batch: inout WriteBatch) -> BatchValue {
    let start = batch.bytes.count
    for (column, key) in attributeKeys {
      record.withFieldBytes(at: column) { value in
        guard !value.isEmpty else { return }
        batch.bytes.append(batch.bytes.count == start ? UInt8(ascii: "{") : UInt8(ascii: ","))
        batch.bytes.append(contentsOf: key)
        JSONText.appendString(value, to: &batch.bytes)
      }
    }
    guard batch.bytes.count > start else { return .null }
    batch.bytes.append(UInt8(ascii: "}"))
    return .text(start: start, count: batch.bytes.count - start)
  }

  // MARK: Bytes

  private func parse(
    _ field: UnsafeBufferPointer<UInt8>, _ plan: FieldPlan, _ batch: inout WriteBatch
  ) -> Result<BatchValue, RowProblem> {
    guard let bytes = Self.trimmedASCII(field), !plan.hasValueMap,
      !(bytes.isEmpty && plan.hasFallback)
    else { return parseText(String(decoding: field, as: UTF8.self), plan, &batch) }
    guard !bytes.isEmpty else { return missing(plan) }
    func invalid(_ error: ValueError) -> Result<BatchValue, RowProblem> {
      .failure(invalidProblem(String(decoding: bytes, as: UTF8.self), error, plan))
    }
    switch plan.kind {
    case .text:
      return .success(batch.appendText(bytes))
    case .integer:
      switch ValueParser.integer(utf8: bytes) {
      case .success(let value): return .success(.integer(Int64(value)))
      case .failure(let error): return invalid(error)
      }
    case .decimal:
      switch ValueParser.decimal(utf8: bytes) {
      case .success(let value): return .success(.real(value * plan.scale))
      case .failure(let error): return invalid(error)
      }
    case .timestamp:
      if dateFormat == nil, let milliseconds = ISO8601FastPath.milliseconds(bytes) {
        return .success(.integer(milliseconds))
      }
      return parseText(String(decoding: field, as: UTF8.self), plan, &batch)
    case .boolean:
      switch ValueParser.boolean(utf8: bytes) {
      case .success(let value): return .success(.integer(value ? 1 : 0))
      case .failure(let error): return invalid(error)
      }
    case .enumeration:
      if plan.exactVocabulary,
        details[plan.position].allowed.contains(where: { $0.elementsEqual(bytes) })
      {
        return .success(batch.appendText(bytes))
      }
      return parseText(String(decoding: field, as: UTF8.self), plan, &batch)
    }
  }

  /// `field` without surrounding spaces and tabs, or `nil` when a trimmed space touches a
  /// non-ASCII byte (where trimming by characters, as the `String` path does, may differ:
  /// a space followed by a combining mark is one character).
  static func trimmedASCII(_ field: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
    var start = 0
    var end = field.count
    while start < end, field[start] == 0x20 || field[start] == 0x09 { start += 1 }
    while end > start, field[end - 1] == 0x20 || field[end - 1] == 0x09 { end -= 1 }
    if start > 0, start < field.count, field[start] >= 0x80 { return nil }
    if end < field.count, end > 0, field[end - 1] >= 0x80 { return nil }
    return UnsafeBufferPointer(rebasing: field[start..<end])
  }

  // MARK: Text (the reference path)

  private func parseText(_ field: String?, _ plan: FieldPlan, _ batch: inout WriteBatch)
    -> Result<BatchValue, RowProblem>
  {
    let details = details[plan.position]
    var raw = field?.trimmingSpaces ?? ""
    if raw.isEmpty, let fallback = details.fallback { raw = fallback }
    if let mapped = details.valueMap?[raw] ?? (raw.isEmpty ? nil : details.valueMap?["*"]) {
      raw = mapped
    }
    guard !raw.isEmpty else { return missing(plan) }
    switch convert(raw, as: plan) {
    case .success(let value): return .success(value.batchValue(in: &batch))
    case .failure(let error): return .failure(invalidProblem(raw, error, plan))
    }
  }

  private func convert(_ raw: String, as plan: FieldPlan) -> Result<FieldValue, ValueError> {
    switch details[plan.position].spec.kind {
    case .text: return .success(.text(raw))
    case .integer: return ValueParser.integer(raw).map { .integer(Int64($0)) }
    case .decimal: return ValueParser.decimal(raw).map { .decimal($0 * plan.scale) }
    case .timestamp:
      let parsed =
        dateFormat.map { ValueParser.timestamp(raw, format: $0) } ?? ValueParser.timestamp(raw)
      return parsed.map { .timestamp($0) }
    case .boolean: return ValueParser.boolean(raw).map { .boolean($0) }
    case .enumeration(let allowed):
      return ValueParser.vocabulary(raw, allowed: allowed).map { .text($0) }
    }
  }

  // MARK: Problems

  private func missing(_ plan: FieldPlan) -> Result<BatchValue, RowProblem> {
    let details = details[plan.position]
    guard details.spec.isRequired else { return .success(.null) }
    let where_ = plan.column == nil ? "column missing from the header" : "empty"
    return .failure(
      RowProblem(
        column: details.header, kind: "missing",
        message: "required '\(details.spec.name)' is \(where_)"))
  }

  private func invalidProblem(_ raw: String, _ error: ValueError, _ plan: FieldPlan) -> RowProblem {
    RowProblem(
      column: details[plan.position].header, kind: "invalid", message: "'\(raw)': \(error)")
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
    guard let last = lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
    if first == startIndex && last == index(before: endIndex) { return self }
    return String(self[first...last])
  }
}
