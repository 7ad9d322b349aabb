import Foundation

/// Writing a command's output files into a folder (created when missing).
enum OutputFiles {
  /// Writes each named text into `folder`; an I/O failure is a `CommandError.io`.
  static func write(_ files: [String: String], to folder: String) throws {
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true)
      for (name, text) in files.sorted(by: { $0.key < $1.key }) {
        let path = (folder as NSString).appendingPathComponent(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      }
    } catch {
      throw CommandError.io("cannot write into '\(folder)': \(error.localizedDescription)")
    }
  }
}
