import Foundation
import Testing

@testable import QuorumCommands

/// Finds the built `quorum` executable: next to the test bundle (the build products
/// directory), else `.build/debug/quorum` under the package root found from this file.
enum QuorumBinary {
  /// The executable, or `nil` when it has not been built.
  static let url: URL? = locate()

  static func locate(filePath: String = #filePath) -> URL? {
    var candidates: [URL] = []
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      candidates.append(directory.appendingPathComponent("quorum"))
      directory.deleteLastPathComponent()
    }
    var packageRoot = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while packageRoot.path != "/",
      !FileManager.default.fileExists(
        atPath: packageRoot.appendingPathComponent("Package.swift").path)
    {
      packageRoot.deleteLastPathComponent()
    }
    candidates.append(packageRoot.appendingPathComponent(".build/debug/quorum"))
    return candidates.first(where: isExecutableFile)
  }

  private static func isExecutableFile(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: url.path)
  }

  /// Runs the executable and returns its status and both streams.
  static func run(_ executable: URL, _ arguments: [String]) throws -> (Int32, String, String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outputData, as: UTF8.self),
      String(decoding: errorData, as: UTF8.self)
    )
  }
}

@Suite struct EndToEndTests {
  @Test(.quorumBinaryBuilt)
  func builtExecutablePrintsItsVersionAndExits64OnAUsageError() throws {
    let executable = try #require(QuorumBinary.url)

    let (versionStatus, versionOutput, versionErrors) = try QuorumBinary.run(
      executable, ["--version"])
    #expect(versionStatus == 0)
    #expect(versionOutput == "\(QuorumVersion.current)\n")
    #expect(versionErrors.isEmpty)

    let (usageStatus, usageOutput, usageErrors) = try QuorumBinary.run(
      executable, ["version", "--bogus"])
    #expect(usageStatus == 64)
    #expect(usageOutput.isEmpty)
    #expect(
      usageErrors == """
        error: unknown option '--bogus'

        Usage: quorum version
        See 'quorum version --help' for more information.

        """)
  }
}
