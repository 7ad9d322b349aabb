import Foundation
import QuorumAnalytics

/// Writes CRM data as the seven CSV files of the input contract: canonical headers
/// (contract columns, then custom attribute columns, sorted), RFC 4180 quoting, ISO 8601
/// times (`2025-03-01` for midnight-UTC values such as dates, `2025-03-01T14:05:00Z`
/// otherwise and always for `occurred_at`), plain decimals.
///
/// Equal inputs give equal bytes. Rows are written in the order they come, through
/// buffered byte writes, so a generated data set of any size streams to disk.
///
/// ```swift
/// let settings = SyntheticCRMSettings(accounts: 300, seed: 7)
/// let summary = try CRMExporter.generate(settings: settings, to: URL(filePath: "sample"))
/// summary[.activities]  // about 60,000
/// ```
public enum CRMExporter: Sendable {
  /// Generates synthetic CRM data and writes it to `directory` (created if missing;
  /// existing contract files in it are replaced), one account at a time.
  ///
  /// - Throws: `SyntheticCRMError` for invalid settings, `CRMExportError` when a file
  ///   cannot be written.
  /// - Complexity: O(rows) time; memory O(largest account).
  public static func generate(settings: SyntheticCRMSettings, to directory: URL) throws
    -> GenerationSummary
  {
    let crm = try SyntheticCRM(settings: settings)
    let session = try CRMExportSession(directory: directory, columns: SyntheticCRM.customColumns)
    try crm.generate { batch in try session.write(batch) }
    return try session.finish()
  }

  /// Writes `data` to `directory` (created if missing; existing contract files in it are
  /// replaced); the custom columns are every attribute key present, sorted.
  ///
  /// - Throws: `CRMExportError` when a file cannot be written.
  public static func export(_ data: CRMData, to directory: URL) throws(CRMExportError)
    -> GenerationSummary
  {
    let session = try CRMExportSession(directory: directory, columns: CRMCustomColumns(of: data))
    try session.write(data)
    return try session.finish()
  }
}
