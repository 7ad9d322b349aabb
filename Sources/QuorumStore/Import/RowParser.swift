import QuorumAnalytics

/// Turns the text fields of one record into validated contract values.
///
/// Nothing is coerced silently: an empty cell is absent (and rejected when the field is
/// required and has no mapping default), a value maps through the mapping's value table,
/// then must parse as the field's kind. The first problem rejects the row, naming the
/// column as the export's header calls it.
struct RowParser: Sendable {
  let file: ContractFile
  let layout: ColumnLayout
  let mapping: ImportMapping.FileMapping
  let dateFormat: DateFormat?

  init(file: ContractFile, layout: ColumnLayout, mapping: ImportMapping.FileMapping) {
    self.file = file
    self.layout = layout
    self.mapping = mapping
    self.dateFormat = mapping.dateFormat.flatMap { try? DateFormat($0) }
  }

  func parse(_ fields: [String]) -> Result<ParsedRow, RowProblem> {
    var values: [FieldValue?] = []
    values.reserveCapacity(file.fields.count)
    for (position, spec) in file.fields.enumerated() {
      switch value(of: spec, column: layout.fieldColumns[position], in: fields) {
      case .success(let value): values.append(value)
      case .failure(let problem): return .failure(problem)
      }
    }
    return .success(ParsedRow(values: values, attributes: attributes(of: fields)))
  }

  private func value(of spec: FieldSpec, column: Int?, in fields: [String]) -> Result<
    FieldValue?, RowProblem
  > {
    let header = column.map { layout.header[$0] } ?? spec.name
    var raw = column.map { fields[$0].trimmingSpaces } ?? ""
    if raw.isEmpty, let fallback = mapping.defaults?[spec.name] { raw = fallback }
    if let mapped = mapping.values?[spec.name]?[raw] { raw = mapped }
    guard !raw.isEmpty else {
      guard spec.isRequired else { return .success(nil) }
      let where_ = column == nil ? "column missing from the header" : "empty"
      return .failure(
        RowProblem(column: header, kind: "missing", message: "required '\(spec.name)' is \(where_)")
      )
    }
    return convert(raw, as: spec).map { Optional($0) }.mapError {
      RowProblem(column: header, kind: "invalid", message: "'\(raw)': \($0)")
    }
  }

  private func convert(_ raw: String, as spec: FieldSpec) -> Result<FieldValue, ValueError> {
    switch spec.kind {
    case .text: return .success(.text(raw))
    case .integer: return ValueParser.integer(raw).map { .integer(Int64($0)) }
    case .decimal:
      let factor = mapping.scale?[spec.name] ?? 1
      return ValueParser.decimal(raw).map { .decimal($0 * factor) }
    case .timestamp:
      let parsed =
        dateFormat.map { ValueParser.timestamp(raw, format: $0) } ?? ValueParser.timestamp(raw)
      return parsed.map { .timestamp($0) }
    case .boolean: return ValueParser.boolean(raw).map { .boolean($0) }
    case .enumeration(let allowed):
      return ValueParser.vocabulary(raw, allowed: allowed).map { .text($0) }
    }
  }

  private func attributes(of fields: [String]) -> String? {
    let pairs = layout.attributeColumns.compactMap { column -> (String, String)? in
      let value = fields[column.index]
      return value.isEmpty ? nil : (column.header, value)
    }
    return pairs.isEmpty ? nil : JSONText.object(pairs)
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
