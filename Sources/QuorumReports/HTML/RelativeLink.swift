/// Links between the files of one report folder; nothing else is ever linked.
enum RelativeLink {
  /// `file`, after checking that it is a plain relative path inside the report folder:
  /// letters, digits, `.`, `_`, `-` and `/` only, not starting with `/`, without `..`.
  ///
  /// - Precondition: `file` is such a path (file names come from code, not from data).
  static func checked(_ file: String) -> String {
    let allowed = file.unicodeScalars.allSatisfy { scalar in
      ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar)
        || ("A"..."Z").contains(scalar) || ["." as Unicode.Scalar, "_", "-", "/"].contains(scalar)
    }
    precondition(
      allowed && !file.isEmpty && !file.hasPrefix("/") && !file.contains(".."),
      "report links must be plain relative file names, got \(file)")
    return file
  }

  /// Appends links to `files`, separated by ` · `.
  static func list(_ files: [String], into markup: inout Markup) {
    for (offset, file) in files.enumerated() {
      if offset > 0 { markup.text(" · ") }
      markup.element("a", [("href", checked(file))], text: file)
    }
  }
}
