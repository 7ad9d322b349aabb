/// The top-level commands of `quorum`, in the order `quorum --help` lists them (the order of
/// the workflow). To add a command, declare it in its own file in this folder and add its
/// type here.
enum CommandRegistry {
  /// The commands directly under `quorum`.
  static let topLevel: [any QuorumCommand.Type] = [
    ImportCommand.self,
    ScoreCommand.self,
    ExplainCommand.self,
    CommitteeCommand.self,
    RankCommand.self,
    CalibrateCommand.self,
    ModelsCommand.self,
    ReportCommand.self,
    ModelCommand.self,
    DemoCommand.self,
    GenerateCommand.self,
    BenchCommand.self,
    VersionCommand.self,
  ]
}
