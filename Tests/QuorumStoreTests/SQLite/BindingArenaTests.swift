import Testing

@testable import QuorumStore

@Suite struct BindingArenaTests {
  /// 10,000 copies of 20 bytes fill four chunks of 64 KiB; a text of 100,000 bytes gets a
  /// block of its own; an empty text gets an address. Every copy still holds its bytes
  /// after all the others were made (no chunk moved), until the reset.
  @Test func copiesKeepTheirBytesUntilTheReset() {
    let arena = BindingArena()
    let texts = (0..<10_000).map { Array("text-\($0)-".utf8) + Array(repeating: 0x41, count: 20) }
      .map { Array($0.prefix(20)) }
    let long = [UInt8](repeating: 0x42, count: 100_000)
    var copies: [(UnsafeRawPointer, [UInt8])] = texts.map { text in
      (text.withUnsafeBytes { arena.copy($0) }, text)
    }
    copies.append((long.withUnsafeBytes { arena.copy($0) }, long))
    let empty = [UInt8]().withUnsafeBytes { arena.copy($0) }
    #expect(
      copies.allSatisfy { Array(UnsafeRawBufferPointer(start: $0.0, count: $0.1.count)) == $0.1 })
    #expect(Set(copies.map(\.0)).count == copies.count)
    // An empty text takes no byte: the next copy starts at its address.
    let next = Array("next".utf8).withUnsafeBytes { arena.copy($0) }
    #expect(next == empty)
    arena.reset()
    let again = Array("after the reset".utf8).withUnsafeBytes { arena.copy($0) }
    #expect(again == copies[0].0)  // the first chunk is reused
  }

  /// A head and a tail are copied as one run of bytes — both empty, one empty, spilling
  /// into the next chunk, longer than a chunk — and every copy keeps its bytes while the
  /// others are made.
  @Test func aHeadAndATailAreCopiedAsOneRun() {
    let arena = BindingArena()
    let chunk = BindingArena.chunkSize
    let pairs: [([UInt8], [UInt8])] = [
      ([1, 2], [3, 4, 5]), ([], []), ([], [6]), ([7], []),
      ([UInt8](repeating: 8, count: chunk - 10), [UInt8](repeating: 9, count: 7)),
      ([UInt8](repeating: 10, count: 6), [UInt8](repeating: 11, count: 6)),
      ([UInt8](repeating: 12, count: chunk), [13]),
    ]
    let copies = pairs.map { head, tail in
      head.withUnsafeBytes { head in
        tail.withUnsafeBytes { tail in arena.copy(head, then: tail) }
      }
    }
    for (copy, (head, tail)) in zip(copies, pairs) {
      #expect(
        Array(UnsafeRawBufferPointer(start: copy, count: head.count + tail.count)) == head + tail)
    }
  }

  /// Strings bound through the arena in one execution of a 32-row statement — short,
  /// empty, non-ASCII, with a NUL byte, longer than a chunk, enough to span chunks — read
  /// back exactly, and a second execution reusing the chunks does too.
  @Test func stringsBoundInOneExecutionReadBackExactly() throws {
    let database = try Database(path: ":memory:")
    try database.execute("CREATE TABLE t (position INTEGER, name TEXT) STRICT")
    let rows = try InsertStatements(database, table: "t", columns: ["position", "name"])
    let special = ["", "Zürich AG", "nul\u{0}inside", String(repeating: "x", count: 70_000)]
    let names = (0..<200).map {
      $0 < special.count ? special[$0] : "contact-\($0)-" + String(repeating: "y", count: $0 * 7)
    }
    for round in 0..<2 {
      try rows.insert(rows: names.count) { position, row throws(SQLiteError) in
        try row.bind(Int64(round * 1_000 + position), at: 1)
        try row.bind(names[position], at: 2)
      }
    }
    let stored = try database.statement("SELECT name FROM t ORDER BY position").map {
      $0.string(0)
    }
    #expect(stored == names + names)
  }
}
