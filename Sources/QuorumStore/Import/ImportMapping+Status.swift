extension ImportMapping.FileMapping {
  /// The stage values that mean a closed deal, in Salesforce (`StageName`) and HubSpot
  /// (`Deal Stage`) exports; any other stage is an open deal.
  static let closedStages: [String: String] = [
    "Closed Won": "won", "closedwon": "won", "Won": "won", "won": "won",
    "Closed Lost": "lost", "closedlost": "lost", "Lost": "lost", "lost": "lost",
    "*": "open",
  ]

  /// For an opportunities file with no `status` column and no mapping for it, but a stage
  /// column (`stage`, `StageName`, `Deal Stage`): `status` read from the stage through
  /// ``closedStages`` — how Salesforce and HubSpot exports say whether a deal is won, lost
  /// or open. Any other file or mapping is returned unchanged.
  func derivingStatus(of file: ContractFile, header: [String]) -> Self {
    guard file == .opportunities, columns?["status"] == nil, values?["status"] == nil,
      let status = file.fields.first(where: { $0.name == "status" }),
      let stage = file.fields.first(where: { $0.name == "stage" })
    else { return self }
    let normalized = header.map(ColumnLayout.normalize)
    func present(_ spec: FieldSpec) -> Int? {
      ([spec.name] + spec.aliases).lazy.compactMap {
        normalized.firstIndex(of: ColumnLayout.normalize($0))
      }.first
    }
    guard present(status) == nil,
      let stageColumn = columns?["stage"].flatMap({ header.firstIndex(of: $0) }) ?? present(stage)
    else { return self }
    var derived = self
    // Both fields read the stage column (an explicit mapping may share a column).
    derived.columns = (columns ?? [:]).merging([
      "status": header[stageColumn], "stage": header[stageColumn],
    ]) { old, _ in old }
    derived.values = (values ?? [:]).merging(["status": Self.closedStages]) { old, _ in old }
    return derived
  }
}
