import QuorumAnalytics
import QuorumReports

/// A reliability table as a diagram and as a report table, shared by the conversion and
/// model reports.
enum ReliabilityReport {
  /// The diagram of the non-empty bins, each observed rate with its 95% Wilson interval.
  static func diagram(_ table: ReliabilityTable, title: String) -> ReliabilityDiagram {
    ReliabilityDiagram(
      title: title,
      caption: "Each point is a bin of forecasts: mean forecast against the share won "
        + "(whiskers: 95% Wilson intervals; the number is the deals in the bin).",
      bins: table.bins.compactMap { bin in
        guard let predicted = bin.meanPredicted, let observed = bin.observedRate else {
          return nil
        }
        let interval = WilsonInterval(successes: bin.positives, trials: bin.count)
        return ReliabilityDiagram.Bin(
          predicted: predicted, observed: observed, count: bin.count,
          interval: interval.map { $0.lower...$0.upper })
      })
  }

  /// The page version of ``table(_:title:)``.
  static func pageTable(_ table: ReportTable) -> ReportTable {
    table.forPage([
      PageColumn("forecast_from", "Forecast from"), PageColumn("forecast_to", "to"),
      PageColumn("deals", "Deals"), PageColumn("won", "Won"),
      PageColumn("mean_forecast", "Mean forecast"), PageColumn("observed_rate", "Won share"),
      PageColumn("observed_low", "95% CI low"), PageColumn("observed_high", "95% CI high"),
    ])
  }

  /// One row per bin, empty bins included.
  static func table(_ table: ReliabilityTable, title: String = "Reliability by forecast bin")
    -> ReportTable
  {
    var report = ReportTable(
      title: title,
      columns: [
        ReportColumn("forecast_from", .percent(places: 0)),
        ReportColumn("forecast_to", .percent(places: 0)), ReportColumn("deals", .integer),
        ReportColumn("won", .integer), ReportColumn("mean_forecast", .percent(places: 1)),
        ReportColumn("observed_rate", .percent(places: 1)),
        ReportColumn("observed_low", .percent(places: 1)),
        ReportColumn("observed_high", .percent(places: 1)),
      ],
      note: table.expectedCalibrationError.map {
        "Expected calibration error (count-weighted mean |forecast − observed|): "
          + ProseNumber.percent($0, places: 2) + "."
      })
    for bin in table.bins {
      let interval = WilsonInterval(successes: bin.positives, trials: bin.count)
      report.append([
        .number(bin.lowerBound), .number(bin.upperBound), .integer(bin.count),
        .integer(bin.positives), .number(bin.meanPredicted), .number(bin.observedRate),
        .number(interval?.lower), .number(interval?.upper),
      ])
    }
    return report
  }
}
