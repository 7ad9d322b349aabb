import Foundation
import Testing

@testable import QuorumCommands

@Suite struct ProgressTests {
  private func task(
    enabled: Bool = true, total: Int? = 10_000, clock: ManualClock, buffer: TextBuffer
  ) -> ProgressTask {
    ProgressTask(
      label: "Importing", total: total, sink: buffer.sink, isEnabled: enabled,
      clock: clock.reading, minimumInterval: 100)
  }

  @Test func disabledProgressWritesNothing() {
    let buffer = TextBuffer()
    let progress = task(enabled: false, clock: ManualClock(), buffer: buffer)
    progress.update(completed: 5)
    progress.advance(by: 3)
    progress.finish()
    #expect(buffer.text.isEmpty)
  }

  @Test func firstUpdateDrawsAndLaterOnesWaitForTheInterval() {
    let buffer = TextBuffer()
    let clock = ManualClock()
    let progress = task(clock: clock, buffer: buffer)
    progress.update(completed: 1_234)
    progress.update(completed: 2_000)
    clock.advance(nanoseconds: 99)
    progress.update(completed: 3_000)
    #expect(buffer.text == "\rImporting: 1,234 of 10,000 (12%)")
    clock.advance(nanoseconds: 1)
    progress.update(completed: 4_000)
    #expect(buffer.text == "\rImporting: 1,234 of 10,000 (12%)\rImporting: 4,000 of 10,000 (40%)")
  }

  @Test func finishDrawsTheFinalCountAndEndsTheLineOnce() {
    let buffer = TextBuffer()
    let progress = task(clock: ManualClock(), buffer: buffer)
    progress.update(completed: 5_000)
    progress.advance(by: 5_000)
    progress.finish()
    progress.finish()
    progress.advance()
    #expect(
      buffer.text == "\rImporting: 5,000 of 10,000 (50%)\rImporting: 10,000 of 10,000 (100%)\n")
  }

  @Test func shorterLineErasesTheRestOfTheLongerOne() {
    let buffer = TextBuffer()
    let clock = ManualClock()
    let progress = ProgressTask(
      label: "Scoring", total: nil, sink: buffer.sink, isEnabled: true, clock: clock.reading,
      minimumInterval: 0)
    progress.update(completed: 12_345)
    progress.update(completed: 7)
    #expect(buffer.text == "\rScoring: 12,345\rScoring: 7     ")
  }

  @Test func lineFormatGroupsThousandsAndClampsThePercentage() {
    #expect(ProgressTask.line(label: "L", completed: 0, total: 3) == "L: 0 of 3 (0%)")
    #expect(ProgressTask.line(label: "L", completed: 5, total: 3) == "L: 5 of 3 (100%)")
    #expect(ProgressTask.line(label: "L", completed: 5, total: 0) == "L: 5")
    #expect(ProgressTask.grouped(1_234_567) == "1,234,567")
    #expect(ProgressTask.grouped(999) == "999")
    #expect(ProgressTask.grouped(-1_000) == "-1,000")
  }

  @Test func contextShowsProgressOnlyOnATerminalAndWhenNotQuiet() {
    let sink = TextBuffer().sink
    func context(terminal: Bool, quiet: Bool) -> CommandContext {
      CommandContext(
        standardOutput: sink, standardError: sink, standardErrorIsTerminal: terminal, quiet: quiet)
    }
    #expect(context(terminal: true, quiet: false).progress("x").isEnabled)
    #expect(!context(terminal: false, quiet: false).progress("x").isEnabled)
    #expect(!context(terminal: true, quiet: true).progress("x").isEnabled)
  }

  @Test func commandProgressIsSilentWhenStandardErrorIsNotATerminal() {
    let result = run(["count", "--to", "5"], terminal: false)
    #expect(result.errors == "note: counted\n")
  }

  @Test func commandProgressIsSilentWhenQuietEvenOnATerminal() {
    let result = run(["count", "--to", "5", "--quiet"], terminal: true)
    #expect(result.errors.isEmpty)
  }

  @Test func commandProgressIsDrawnOnATerminal() {
    // The harness clock stands still, so only the first update and the final state draw.
    let result = run(["count", "--to", "5"], terminal: true)
    #expect(result.errors == "\rCounting: 1 of 5 (20%)\rCounting: 5 of 5 (100%)\nnote: counted\n")
  }
}

@Suite struct TextLayoutTests {
  @Test func wrapBreaksAtSpacesWithinTheWidth() {
    #expect(TextLayout.wrap("aaa bbb ccc ddd", width: 8) == "aaa bbb\nccc ddd")
    #expect(TextLayout.wrap("aaa bbb", width: 7) == "aaa bbb")
    #expect(TextLayout.wrap("aaa bbb", width: 6) == "aaa\nbbb")
  }

  @Test func wrapKeepsExplicitBreaksBlankLinesAndLineIndentation() {
    #expect(TextLayout.wrap("a\n\nb", width: 80) == "a\n\nb")
    #expect(TextLayout.wrap("  1. aaa bbb", width: 10) == "  1. aaa\n  bbb")
    #expect(TextLayout.wrap("aa bb", width: 80, indent: 4) == "    aa bb")
  }

  @Test func overlongWordGetsItsOwnUnbrokenLine() {
    #expect(TextLayout.wrap("a bbbbbbbbbb c", width: 5) == "a\nbbbbbbbbbb\nc")
  }

  @Test func entryPutsTextAtColumn26OrOnTheNextLineForLongLabels() {
    #expect(
      TextLayout.entry(label: "--db <path>", text: "Database.") == "  --db <path>"
        + String(repeating: " ", count: 13) + "Database.")
    let long = "--attribution <model-name>"
    #expect(
      TextLayout.entry(label: long, text: "How.")
        == "  " + long + "\n" + String(repeating: " ", count: 26) + "How.")
    #expect(TextLayout.entry(label: "--x", text: "") == "  --x")
  }

  @Test func entryWrapsItsTextAtTheTextColumn() {
    let text = String(repeating: "word ", count: 14).trimmingCharacters(in: .whitespaces)
    let lines = TextLayout.entry(label: "--x", text: text).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.count <= 80 })
    #expect(lines[1].hasPrefix(String(repeating: " ", count: 26) + "word"))
  }
}

@Suite struct SuggestionTests {
  private func distance(_ a: String, _ b: String) -> Int {
    Suggestion.editDistance(Array(a), Array(b))
  }

  @Test func editDistanceMatchesWorkedExamples() {
    #expect(distance("kitten", "sitting") == 3)
    #expect(distance("", "abc") == 3)
    #expect(distance("abc", "") == 3)
    #expect(distance("same", "same") == 0)
    #expect(distance("tpo", "top") == 1)
    #expect(distance("ca", "abc") == 3)
  }

  @Test func closestCandidateWithinAThirdOfTheLength() {
    #expect(Suggestion.closest(to: "--tpo", among: ["--db", "--top"]) == "--top")
    #expect(Suggestion.closest(to: "--foo", among: ["--db", "--top"]) == nil)
    #expect(Suggestion.closest(to: "calibrat", among: ["score", "calibrate"]) == "calibrate")
    #expect(Suggestion.closest(to: "rpt", among: ["report"]) == nil)
  }

  @Test func tiesGoToTheEarlierCandidate() {
    #expect(Suggestion.closest(to: "ab", among: ["ac", "ad"]) == "ac")
  }
}
