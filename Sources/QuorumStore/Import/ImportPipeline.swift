import Foundation

/// Runs a `BatchWriter` on a thread of its own and feeds it batches through a bounded
/// queue: the parsing thread reads, validates and resolves rows while the writer thread
/// spends its time in SQLite, so an import uses two cores.
///
/// The result is the same as writing on one thread: batches are written in the order they
/// are sent, by one thread, and the parser's decisions never depend on the writer's (it
/// assigns surrogate ids itself, see `ContractTables`). Memory stays bounded: at most
/// `capacity` batches wait, and written batches come back to the parser for reuse.
///
/// The database connection is used by the writer thread only between `init` and `finish`
/// (or `cancel`); the queue's lock orders every hand-over.
final class ImportPipeline: @unchecked Sendable {
  // @unchecked Sendable: `writer` (and the connection it holds) is only touched by the
  // writer thread while it runs and by the creating thread after `join`; every other
  // stored property is guarded by `condition`.
  private let writer: BatchWriter
  private let capacity: Int
  private let condition = NSCondition()
  private var queue: [WriteBatch] = []
  private var spare: [WriteBatch] = []
  private var isClosed = false
  private var isDone = false
  private var failure: (any Error)?

  /// Starts the writer thread.
  init(writer: BatchWriter, capacity: Int = 4) {
    self.writer = writer
    self.capacity = capacity
    let thread = Thread { [self] in self.drain() }
    thread.name = "quorum-import-writer"
    thread.stackSize = 8 << 20
    thread.start()
  }

  /// A batch to fill: a written one handed back, or a new one.
  func emptyBatch(file: ContractFile, displayName: String, width: Int) -> WriteBatch {
    condition.lock()
    var batch = spare.popLast()
    condition.unlock()
    batch?.reset(file: file, displayName: displayName, width: width)
    return batch ?? WriteBatch(file: file, displayName: displayName, width: width)
  }

  /// Queues `batch` for writing, waiting while the queue is full. Throws the writer's
  /// error if it has failed (nothing more will be written).
  func send(_ batch: WriteBatch) throws {
    condition.lock()
    defer { condition.unlock() }
    while queue.count >= capacity && failure == nil { condition.wait() }
    if let failure { throw failure }
    queue.append(batch)
    condition.broadcast()
  }

  /// Waits until every queued batch is written and the thread has ended; returns the
  /// outcomes, or throws the writer's error.
  func finish() throws -> [ContractFile: BatchWriter.FileOutcome] {
    join()
    if let failure { throw failure }
    return writer.outcomes
  }

  /// Stops the writer after the batch it is writing (queued ones are dropped) and waits for
  /// its thread to end; for when the parsing side fails.
  func cancel() {
    condition.lock()
    queue.removeAll()
    condition.unlock()
    join()
  }

  private func join() {
    condition.lock()
    isClosed = true
    condition.broadcast()
    while !isDone { condition.wait() }
    condition.unlock()
  }

  private func drain() {
    while true {
      condition.lock()
      while queue.isEmpty && !isClosed { condition.wait() }
      guard !queue.isEmpty else {
        isDone = true
        condition.broadcast()
        condition.unlock()
        return
      }
      let batch = queue.removeFirst()
      condition.broadcast()
      condition.unlock()
      do {
        try writer.write(batch)
      } catch {
        condition.lock()
        failure = error
        queue.removeAll()
        isDone = true
        condition.broadcast()
        condition.unlock()
        return
      }
      condition.lock()
      if spare.count < capacity { spare.append(batch) }
      condition.unlock()
    }
  }
}
