import Foundation
import QuorumAnalytics
import QuorumReports

/// `contact_scores.csv` and `account_scores.csv` of `quorum score --csv`.
enum ScoreCSV {
  static func contactTable(_ view: QualificationView) -> ReportTable {
    var table = ReportTable(
      title: "Contact scores",
      columns: [
        ReportColumn("contact_id"), ReportColumn("account_id"), ReportColumn("match_method"),
        ReportColumn("fit", .decimal(places: 2)), ReportColumn("engagement", .decimal(places: 2)),
        ReportColumn("framework", .decimal(places: 2)), ReportColumn("score", .decimal(places: 2)),
        ReportColumn("stage"), ReportColumn("seniority"), ReportColumn("department"),
        ReportColumn("committee_role"), ReportColumn("champion"),
      ])
    for contact in view.contacts {
      let score = contact.score
      table.append([
        .text(score.contactID), .text(score.accountID), .text(score.match.method.rawValue),
        .number(score.fit.value), .number(score.engagement.value), .number(score.framework.value),
        .number(score.total.value), .text(score.stage.rawValue),
        .text(contact.persona.seniority.rawValue), .text(contact.persona.department.rawValue),
        .text(contact.committeeRole?.rawValue), .text(contact.isChampion ? "true" : "false"),
      ])
    }
    return table
  }

  static func accountTable(_ view: QualificationView) -> ReportTable {
    var table = ReportTable(
      title: "Account scores",
      columns: [
        ReportColumn("account_id"), ReportColumn("name"),
        ReportColumn("score", .decimal(places: 2)),
        ReportColumn("win_probability", .decimal(places: 4)), ReportColumn("tier", .integer),
        ReportColumn("journey_stage"), ReportColumn("engaged_contacts", .integer),
        ReportColumn("engaged_departments", .integer),
        ReportColumn("coverage", .decimal(places: 2)),
      ])
    for account in view.scoring.accounts {
      table.append([
        .text(account.accountID), .text(view.accountNames[account.accountID]),
        .number(account.total.value), .number(account.winProbability), .integer(account.tier),
        .text(account.journeyStage.rawValue), .integer(account.engagedContacts),
        .integer(account.engagedDepartments),
        .number(account.committeeCoverage),
      ])
    }
    return table
  }

  static func write(_ view: QualificationView, to folder: String) throws {
    try OutputFiles.write(
      [
        "contact_scores.csv": CSVDocument(contactTable(view)).text,
        "account_scores.csv": CSVDocument(accountTable(view)).text,
      ], to: folder)
  }
}
