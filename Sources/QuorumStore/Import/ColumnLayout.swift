/// Where each contract field of a file sits in its header, and which headers are extra.
///
/// Resolution order per field: the mapping file's column, then the canonical header, then
/// the built-in aliases. Headers compare case- and punctuation-insensitively
/// (`Account ID`, `account_id` and `AccountId` are one header). A header no field claims
/// is kept as a custom attribute.
struct ColumnLayout: Sendable {
  /// For each field of the contract file, the column index, if present.
  let fieldColumns: [Int?]
  /// Column index and header of every column kept as an attribute.
  let attributeColumns: [(index: Int, header: String)]
  /// The header as read.
  let header: [String]

  init(
    file: ContractFile, displayName: String, header: [String], mapping: ImportMapping.FileMapping
  ) throws {
    let normalized = header.map(Self.normalize)
    var claimed = Set<Int>()
    let explicit = mapping.columns ?? [:]
    func find(_ name: String) -> Int? { normalized.firstIndex(of: Self.normalize(name)) }
    var columns: [Int?] = []
    for field in file.fields {
      var index: Int?
      if let source = explicit[field.name] {
        guard let found = header.firstIndex(of: source) ?? find(source) else {
          throw ImportError.missingColumn(file: displayName, column: source, header: header)
        }
        index = found
      } else {
        index = find(field.name) ?? field.aliases.lazy.compactMap { find($0) }.first
        if let candidate = index, claimed.contains(candidate) { index = nil }
      }
      if let index { claimed.insert(index) }
      columns.append(index)
    }
    self.fieldColumns = columns
    self.header = header
    self.attributeColumns = header.indices.filter { !claimed.contains($0) }.map {
      (index: $0, header: header[$0])
    }
  }

  /// `Account ID` → `accountid`.
  static func normalize(_ header: String) -> String {
    String(
      String.UnicodeScalarView(
        header.lowercased().unicodeScalars.filter {
          $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
  }
}
