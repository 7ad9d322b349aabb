import Foundation

/// Reads a time horizon out of a free-text qualification note.
///
/// `"no budget for 24 months"` → 24, `"maybe in 2 years"` → 24, `"36+ mo"` → 36,
/// `"18-24 months"` → 24 (the largest horizon written), `"two years"` → 24.
enum NoteHorizon {
  /// The largest horizon, in months, that the note mentions, or `nil` when none.
  static func months(in note: String) -> Int? {
    let words = tokens(fold(note))
    var best: Int?
    for (index, word) in words.enumerated() where index + 1 < words.count {
      guard let number = Int(word) ?? numberWords[word] else { continue }
      let unit = words[index + 1]
      let months: Int
      if monthUnits.contains(unit) {
        months = number
      } else if yearUnits.contains(unit) {
        months = number * 12
      } else {
        continue
      }
      best = max(best ?? months, months)
    }
    return best
  }

  /// Lowercased, diacritics folded: the form notes and phrases are compared in.
  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
  }

  private static func tokens(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for character in text {
      if character.isLetter || character.isNumber {
        // A number glued to its unit ("24months", "2yrs") splits where digits end.
        if let last = current.last, last.isNumber != character.isNumber {
          words.append(current)
          current = ""
        }
        current.append(character)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  private static let monthUnits: Set<String> = ["month", "months", "mo", "mos", "mths", "mth"]
  private static let yearUnits: Set<String> = ["year", "years", "yr", "yrs"]
  private static let numberWords: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20,
    "thirty": 30, "a": 1,
  ]
}
