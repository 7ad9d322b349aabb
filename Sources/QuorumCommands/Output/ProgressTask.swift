import Foundation

/// The progress display of one long operation, on standard error.
///
/// The line is rewritten in place (`\r`) at most once per `minimumInterval`, with spaces
/// to erase a longer previous line; `finish()` shows the final count and ends the line.
/// It writes nothing at all unless standard error is a terminal and `--quiet` is off, so
/// pipes, log files and tests see no progress noise. Get one from
/// `CommandContext.progress(_:total:)`:
///
/// ```swift
/// let progress = context.progress("Importing activities.csv", total: rowCount)
/// for row in rows { …; progress.advance() }
/// progress.finish()
/// // Importing activities.csv: 1,234,567 of 10,000,000 (12%)
/// ```
///
/// Safe to update from several threads.
public final class ProgressTask: @unchecked Sendable {
  // `@unchecked`: the mutable state below is only touched while holding `lock`.
  private let lock = NSLock()
  private var completed = 0
  private var lastRender: UInt64?
  private var lastLineWidth = 0
  private var isFinished = false

  /// What is being done (`Importing activities.csv`).
  public let label: String
  /// The number of units when known, for the percentage.
  public let total: Int?
  /// Whether anything is written (standard error is a terminal and not quiet).
  public let isEnabled: Bool
  private let sink: TextSink
  private let clock: @Sendable () -> UInt64
  private let minimumInterval: UInt64

  /// Creates a progress display.
  ///
  /// - Parameters:
  ///   - label: What is being done.
  ///   - total: The number of units, when known.
  ///   - sink: Where the display goes (standard error).
  ///   - isEnabled: Whether to write anything.
  ///   - clock: Monotonic nanoseconds, for rate limiting.
  ///   - minimumInterval: Nanoseconds between two redraws (default 0.1 s).
  public init(
    label: String, total: Int?, sink: TextSink, isEnabled: Bool,
    clock: @escaping @Sendable () -> UInt64, minimumInterval: UInt64 = 100_000_000
  ) {
    self.label = label
    self.total = total
    self.sink = sink
    self.isEnabled = isEnabled
    self.clock = clock
    self.minimumInterval = minimumInterval
  }

  /// Sets the number of units done; redraws if the last redraw is old enough.
  public func update(completed: Int) {
    guard isEnabled else { return }
    lock.withLock {
      self.completed = completed
      redrawIfDue()
    }
  }

  /// Adds `count` units done; redraws if the last redraw is old enough.
  public func advance(by count: Int = 1) {
    guard isEnabled else { return }
    lock.withLock {
      completed += count
      redrawIfDue()
    }
  }

  /// Shows the final count and ends the line. Later calls do nothing.
  public func finish() {
    guard isEnabled else { return }
    lock.withLock {
      guard !isFinished else { return }
      draw(terminator: "\n")
      isFinished = true
    }
  }

  /// The text of the display: `Label: 1,234 of 10,000 (12%)`, or `Label: 1,234` without a
  /// total.
  static func line(label: String, completed: Int, total: Int?) -> String {
    guard let total, total > 0 else { return "\(label): \(grouped(completed))" }
    let percent = min(100, max(0, completed * 100 / total))
    return "\(label): \(grouped(completed)) of \(grouped(total)) (\(percent)%)"
  }

  /// Digits grouped by thousands with commas: `1234567` → `1,234,567`.
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return value < 0 ? "-" + result : result
  }

  private func redrawIfDue() {
    guard !isFinished else { return }
    let now = clock()
    if let lastRender, now &- lastRender < minimumInterval { return }
    lastRender = now
    draw(terminator: "")
  }

  private func draw(terminator: String) {
    let text = ProgressTask.line(label: label, completed: completed, total: total)
    let padding = String(repeating: " ", count: max(0, lastLineWidth - text.count))
    lastLineWidth = text.count
    sink.write("\r" + text + padding + terminator)
  }
}
