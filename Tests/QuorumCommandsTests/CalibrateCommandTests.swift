import Foundation
import QuorumAnalytics
import Testing

@testable import QuorumCommands

@Suite struct CalibrateCommandTests {
  @Test func jsonIsOneObjectWithTheDocumentedKeysAndTheTrainingSetIsExported() throws {
    let database = try CalibrateFixture.database()
    let csv = CalibrateFixture.path("training.csv")
    defer { CalibrateFixture.remove(database, csv) }
    let result = CalibrateFixture.calibrate(
      database, ["--json", "--lambda", "10", "--export-training-set", csv])
    #expect(result.status == .success, "\(result.errors)")
    let object = try CalibrateFixture.object(result.output)
    #expect(object["model_id"] as? Int == 1)
    // 150 accounts give fewer than 30 won training deals: the small-data rule raises λ
    // and says so.
    #expect(object["lambda_selected"] as? Double == 10)
    #expect((object["lambda"] as? Double ?? 0) > 10)
    let warnings = try #require(object["warnings"] as? [[String: String]])
    #expect(warnings.contains { $0["code"] == "small_training_set" })
    #expect(warnings.allSatisfy { !($0["message"] ?? "").isEmpty })
    #expect(object["half_life_days"] as? Double == 30)
    let train = try #require(object["n_train"] as? Int)
    let holdout = try #require(object["n_holdout"] as? Int)
    #expect(train > 0 && holdout > 0)
    for key in ["train", "holdout"] {
      let metrics = try #require(object[key] as? [String: Any], "\(key)")
      for metric in ["auc", "log_loss", "brier", "ece"] {
        let value = try #require(metrics[metric] as? Double, "\(key).\(metric)")
        #expect(value.isFinite && value >= 0 && value <= 1, "\(key).\(metric)")
      }
    }
    #expect((object["version"] as? String)?.hasPrefix("cal-") == true)
    #expect(object["activated"] as? Bool == false)
    // The CSV: header, then one row per training and holdout deal, in time order.
    let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
    #expect(lines.first?.hasPrefix("opportunity_id,created_at,label,committee.champion,") == true)
    #expect(lines.count == 1 + train + holdout)
    let labels = lines.dropFirst().map { $0.split(separator: ",")[2] }
    #expect(labels.allSatisfy { $0 == "0" || $0 == "1" })
    let created = lines.dropFirst().map { String($0.split(separator: ",")[1]) }
    #expect(created == created.sorted())
  }

  @Test func theReportExplainsTheRunAndLearnsTheDecay() throws {
    let database = try CalibrateFixture.database()
    defer { CalibrateFixture.remove(database) }
    let result = CalibrateFixture.calibrate(database, ["--lambda", "10", "--fit-decay"])
    #expect(result.status == .success, "\(result.errors)")
    for text in [
      "calibrated quorum-default cal-", "(given; 10 before the small-data rule)",
      "learned by cross-validation from 7, 14, 30, 60, 90 days",
      "ROC AUC", "holdout reliability", "holdout decile",
      "compared with the built-in default model on the same", "score stability: PSI",
      "stored as model #1", "activate it with 'quorum models activate 1'",
    ] {
      #expect(result.output.contains(text), "\(text)")
    }
  }

  @Test func badOptionsAreUsageErrors() {
    let negative = CalibrateFixture.quorum(["calibrate", "--lambda", "-1"])
    #expect(negative.status == .usage)
    #expect(
      negative.errors.hasPrefix(
        "error: invalid value '-1' for '--lambda <x>': must not be negative"))
    #expect(CalibrateFixture.quorum(["calibrate", "--holdout-from", "soon"]).status == .usage)
  }

  @Test func withoutTrainingDealsItIsADataError() throws {
    let database = try CalibrateFixture.database()
    defer { CalibrateFixture.remove(database) }
    let early = CalibrateFixture.calibrate(database, ["--holdout-from", "2020-01-01"])
    #expect(early.status == .dataError)
    #expect(
      early.errors.hasPrefix(
        "error: cannot calibrate: the 0 deals created before 2020-01-01 include 0 won and 0 lost"))
    let before = CalibrateFixture.quorum([
      "calibrate", "--as-of", "2023-01-01", "--db", database, "-q",
    ])
    #expect(before.status == .dataError)
    #expect(before.errors.contains("no opportunity closed won or lost by 2023-01-01"))
    let models = CalibrateFixture.quorum(["models", "--db", database])
    #expect(models.output.hasPrefix("no stored models"), "nothing is stored on failure")
  }
}
