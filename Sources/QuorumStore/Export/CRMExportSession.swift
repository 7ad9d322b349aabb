import Foundation
import QuorumAnalytics

/// An export in progress: the seven files open, headers written, batches appended as they
/// come, rows counted.
///
/// A class, not Sendable: it owns open files and must be used from one place.
final class CRMExportSession {
  private let columns: CRMCustomColumns
  private let writers: [ContractFile: BufferedFileWriter]
  private(set) var summary = GenerationSummary()

  /// Creates `directory` if needed, creates (or truncates) the seven files in it and
  /// writes their headers: contract columns, then the custom columns.
  init(directory: URL, columns: CRMCustomColumns) throws(CRMExportError) {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw .cannotCreateDirectory(path: directory.path, reason: "\(error)")
    }
    self.columns = columns
    var writers: [ContractFile: BufferedFileWriter] = [:]
    for file in ContractFile.allCases {
      let writer = try BufferedFileWriter(url: directory.appendingPathComponent(file.fileName))
      try writer.writeRecord(file.contractColumns + Self.custom(file, columns))
      writers[file] = writer
    }
    self.writers = writers
  }

  /// Appends every row of `batch` to its file.
  func write(_ batch: CRMData) throws(CRMExportError) {
    try append(batch.accounts, to: .accounts) { CRMRowFields.account($0, custom: columns.accounts) }
    try append(batch.contacts, to: .contacts) { CRMRowFields.contact($0, custom: columns.contacts) }
    try append(batch.activities, to: .activities, CRMRowFields.activity)
    try append(batch.opportunities, to: .opportunities) {
      CRMRowFields.opportunity($0, custom: columns.opportunities)
    }
    try append(batch.opportunityContacts, to: .opportunityContacts, CRMRowFields.opportunityContact)
    try append(batch.qualifications, to: .qualifications, CRMRowFields.qualification)
    try append(batch.spend, to: .spend, CRMRowFields.spend)
  }

  /// Flushes and closes every file, in `ContractFile.allCases` order.
  func finish() throws(CRMExportError) -> GenerationSummary {
    for file in ContractFile.allCases { try writers[file]?.close() }
    return summary
  }

  private func append<Row>(
    _ rows: [Row], to file: ContractFile, _ fields: (Row) -> [String]
  ) throws(CRMExportError) {
    guard !rows.isEmpty, let writer = writers[file] else { return }
    for row in rows { try writer.writeRecord(fields(row)) }
    summary.add(rows.count, to: file)
  }

  private static func custom(_ file: ContractFile, _ columns: CRMCustomColumns) -> [String] {
    switch file {
    case .accounts: columns.accounts
    case .contacts: columns.contacts
    case .opportunities: columns.opportunities
    default: []
    }
  }
}
