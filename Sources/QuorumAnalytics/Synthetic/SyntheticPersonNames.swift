/// Given names and family names of synthetic contacts (a deliberately international mix,
/// with a few non-ASCII spellings so that UTF-8 is exercised).
enum SyntheticPersonNames {
  static let firstNames = [
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
    "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
    "Christopher", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark",
    "Sandra", "Steven", "Ashley", "Andrew", "Emily", "Joshua", "Michelle", "Kevin", "Amanda",
    "Brian", "Melissa", "Priya", "Rahul", "Wei", "Li", "Hiroshi", "Yuki", "Min-jun", "Ji-woo",
    "Mohammed", "Fatima", "Ahmed", "Leila", "Olga", "Dmitri", "Lars", "Ingrid", "Sven", "Astrid",
    "José", "María", "Carlos", "Lucía", "João", "Ana", "François", "Chloé", "Jürgen", "Zoë",
    "Søren", "Mateo", "Valentina", "Diego", "Camila", "Aisha", "Kwame", "Chidi", "Ngozi", "Tariq",
    "Noa", "Yael", "Arjun", "Ananya", "Sanjay", "Deepa", "Chen", "Mei", "Kenji", "Sakura",
    "Oliver", "Charlotte", "Harry", "Amelia", "Lukas", "Hannah", "Matteo", "Giulia", "Emma",
    "Noah", "Sofia", "Liam",
  ]

  static let lastNames = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
    "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez",
    "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
    "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall",
    "Patel", "Sharma", "Gupta", "Singh", "Kumar", "Wang", "Zhang", "Liu", "Chen", "Yamamoto",
    "Tanaka", "Sato", "Kim", "Park", "Choi", "Müller", "Schmidt", "Schneider", "Fischer",
    "Weber", "Dubois", "Lefèvre", "Moreau", "Rossi", "Bianchi", "Ferrari", "Silva", "Santos",
    "Oliveira", "Pereira", "Andersson", "Johansson", "Nilsson", "Larsen", "Jensen", "de Vries",
    "van Dijk", "Janssen", "O'Brien", "O'Connor", "Murphy", "Kelly", "Cohen", "Levi", "Haddad",
    "Khan", "Ali", "Hassan", "Okafor", "Mensah", "Nkosi", "Ivanova", "Petrov", "Novak",
    "Kowalski", "Nowak",
  ]

  /// Free-mail domains; contacts using them can only be matched to an account by name.
  static let freeMailDomains = SyntheticWeightedChoice([
    ("gmail.com", 45), ("yahoo.com", 15), ("outlook.com", 12), ("hotmail.com", 12),
    ("icloud.com", 6), ("aol.com", 3), ("proton.me", 3), ("gmx.de", 4),
  ])

  /// The ASCII, lower-case form of a name for an e-mail address: accents folded, spaces,
  /// apostrophes and hyphens removed (`Lefèvre` → `lefevre`, `O'Brien` → `obrien`).
  static func emailToken(_ name: String) -> String {
    var token = ""
    for scalar in name.lowercased().unicodeScalars {
      switch scalar {
      case "à", "á", "â", "ã", "ä", "å": token += "a"
      case "ç": token += "c"
      case "è", "é", "ê", "ë": token += "e"
      case "ì", "í", "î", "ï": token += "i"
      case "ñ": token += "n"
      case "ò", "ó", "ô", "õ", "ö", "ø": token += "o"
      case "ù", "ú", "û", "ü": token += "u"
      case " ", "'", "-": continue
      default: token.unicodeScalars.append(scalar)
      }
    }
    return token
  }
}
