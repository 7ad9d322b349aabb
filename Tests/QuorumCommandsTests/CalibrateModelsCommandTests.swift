import Foundation
import QuorumAnalytics
import Testing

@testable import QuorumCommands

@Suite struct CalibrateModelsCommandTests {
  /// Two calibrations, the second activated; list, roll back, show and export; then the
  /// exported document scores every account with a calibrated win probability.
  @Test func versionsAreListedActivatedRolledBackAndExported() throws {
    let database = try CalibrateFixture.database()
    let file = CalibrateFixture.path("model.json")
    let folder = CalibrateFixture.path("scores")
    defer { CalibrateFixture.remove(database, file, folder) }
    #expect(CalibrateFixture.calibrate(database, ["--lambda", "10"]).status == .success)
    let second = CalibrateFixture.calibrate(database, ["--lambda", "3", "--activate", "--json"])
    #expect(second.status == .success, "\(second.errors)")
    #expect(try CalibrateFixture.object(second.output)["activated"] as? Bool == true)

    let listed = CalibrateFixture.quorum(["models", "--db", database])
    let rows = listed.output.split(separator: "\n")
    #expect(rows.count == 3, "\(listed.output)")
    #expect(rows[0].hasPrefix("id  active  version"))
    #expect(rows[1].hasPrefix(" 1          cal-"))
    #expect(rows[2].hasPrefix(" 2  *       cal-"))

    let rollback = CalibrateFixture.quorum(["models", "activate", "1", "--db", database])
    #expect(rollback.status == .success)
    #expect(rollback.output.hasPrefix("model #1 (cal-"))
    #expect(rollback.output.contains("is now active; was #2 (cal-"))
    let relisted = CalibrateFixture.quorum(["models", "list", "--db", database]).output
    #expect(relisted.split(separator: "\n")[1].hasPrefix(" 1  *"))

    let shown = CalibrateFixture.quorum(["models", "show", "2", "--db", database])
    #expect(shown.status == .success)
    #expect(shown.output.hasPrefix("model #2: quorum-default cal-"))
    #expect(
      shown.output.contains("\"lambda_selected\" : 3,") && shown.output.contains("\"n_holdout\""))

    let exported = CalibrateFixture.quorum([
      "models", "export", "1", "--out", file, "--db", database,
    ])
    #expect(exported.status == .success)
    let document = try ScoringModel.decode(from: Data(contentsOf: URL(fileURLWithPath: file)))
    #expect(document.calibration != nil)
    let printed = CalibrateFixture.quorum(["models", "export", "1", "--db", database]).output
    #expect(Data(printed.utf8) == document.encoded())

    let scored = CalibrateFixture.quorum([
      "score", "--model", file, "--as-of", CalibrateFixture.asOf, "--csv", folder, "--db", database,
      "-q",
    ])
    #expect(scored.status == .success, "\(scored.errors)")
    let accounts = try String(contentsOfFile: folder + "/account_scores.csv", encoding: .utf8)
      .split(separator: "\n")
    let header = accounts[0].split(separator: ",", omittingEmptySubsequences: false)
    let column = try #require(header.firstIndex(of: "win_probability"))
    #expect(accounts.count == 101)
    // Account names may hold quoted commas: count the fields from the end.
    let fromEnd = header.count - column
    for line in accounts.dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      let probability = Double(fields[fields.count - fromEnd])
      #expect(probability.map { $0 > 0 && $0 < 1 } == true, "\(line)")
    }
  }

  @Test func unknownOrMalformedIDsAreErrors() throws {
    let database = try CalibrateFixture.database()
    defer { CalibrateFixture.remove(database) }
    let missing = CalibrateFixture.quorum(["models", "show", "99", "--db", database])
    #expect(missing.status == .dataError)
    #expect(missing.errors.hasPrefix("error: no stored model #99 in"))
    #expect(
      CalibrateFixture.quorum(["models", "activate", "7", "--db", database]).status == .dataError)
    #expect(
      CalibrateFixture.quorum(["models", "activate", "0", "--db", database]).status == .usage)
    #expect(
      CalibrateFixture.quorum(["models", "export", "one", "--db", database]).status == .usage)
    let nothing = CalibrateFixture.quorum([
      "models", "--db", CalibrateFixture.path("missing.db"),
    ])
    #expect(nothing.status == .success)
    #expect(nothing.output.hasPrefix("no stored models (no database yet)"))
  }
}
