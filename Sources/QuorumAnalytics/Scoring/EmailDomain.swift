/// E-mail and web domains normalised for matching contacts to accounts, and the free-mail
/// providers that never identify a company.
public enum EmailDomain {
  /// The normalised domain of a web address or bare domain: lowercase, without scheme,
  /// `www.`, port, path or trailing dot; `nil` when no domain with a dot is left.
  ///
  /// `"https://www.Acme.com/about"` → `acme.com`.
  public static func normalized(_ text: String) -> String? {
    var domain = Substring(text.trimmingWhitespace().lowercased())
    if let scheme = domain.range(of: "://") { domain = domain[scheme.upperBound...] }
    if let at = domain.lastIndex(of: "@") { domain = domain[domain.index(after: at)...] }
    if let end = domain.firstIndex(where: { "/:?#".contains($0) }) { domain = domain[..<end] }
    while domain.hasSuffix(".") { domain = domain.dropLast() }
    if domain.hasPrefix("www.") { domain = domain.dropFirst(4) }
    guard domain.contains("."), !domain.hasPrefix("."), !domain.contains(" ") else { return nil }
    return String(domain)
  }

  /// The normalised domain of an e-mail address (`Jane@EU.Acme.com` → `eu.acme.com`), or
  /// `nil` when the text is not an address.
  public static func ofEmail(_ email: String) -> String? {
    let trimmed = email.trimmingWhitespace().trimming("<>")
    guard let at = trimmed.lastIndex(of: "@"), at != trimmed.startIndex else { return nil }
    return normalized(String(trimmed[trimmed.index(after: at)...]))
  }

  /// Whether a normalised domain belongs to a free-mail provider (gmail.com,
  /// yahoo.co.uk, mail.ru, …), including its subdomains.
  public static func isFreeMail(_ domain: String) -> Bool {
    var candidate = Substring(domain)
    while true {
      if freeMail.contains(String(candidate)) || isProviderWithCountryTLD(candidate) {
        return true
      }
      guard let dot = candidate.firstIndex(of: ".") else { return false }
      candidate = candidate[candidate.index(after: dot)...]
    }
  }

  /// `domain` and its parent domains with at least two labels, most specific first:
  /// `eu.acme.co.uk` → `eu.acme.co.uk`, `acme.co.uk`, `co.uk`.
  static func suffixes(of domain: String) -> [String] {
    var result: [String] = []
    var candidate = Substring(domain)
    while candidate.contains(".") {
      result.append(String(candidate))
      guard let dot = candidate.firstIndex(of: ".") else { break }
      candidate = candidate[candidate.index(after: dot)...]
    }
    return result
  }

  /// A major provider under a country domain: `yahoo.co.uk`, `hotmail.fr`, `gmx.at`.
  private static func isProviderWithCountryTLD(_ domain: Substring) -> Bool {
    let labels = domain.split(separator: ".")
    guard labels.count >= 2, labels.count <= 3, providers.contains(String(labels[0])) else {
      return false
    }
    let tail = labels.dropFirst()
    let last = tail[tail.endIndex - 1]
    if tail.count == 1 { return last.count == 2 || ["com", "net", "org"].contains(last) }
    return ["co", "com", "net", "org"].contains(String(tail[tail.startIndex])) && last.count == 2
  }

  /// Providers whose name under any country domain is free-mail.
  private static let providers: Set<String> = [
    "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "aol", "gmx",
    "yandex", "protonmail", "zoho", "icloud", "rocketmail",
  ]

  /// The maintained free-mail list: domains that never match an account.
  public static let freeMail: Set<String> = [
    "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "rocketmail.com", "hotmail.com",
    "outlook.com", "live.com", "msn.com", "passport.com", "aol.com", "aim.com", "icloud.com",
    "me.com", "mac.com", "gmx.com", "gmx.net", "gmx.de", "gmx.at", "gmx.ch", "web.de",
    "t-online.de", "freenet.de", "mail.com", "email.com", "usa.com", "mail.ru", "inbox.ru",
    "list.ru", "bk.ru", "rambler.ru", "yandex.com", "yandex.ru", "ya.ru", "proton.me",
    "protonmail.com", "protonmail.ch", "pm.me", "tutanota.com", "tutanota.de", "tuta.io",
    "zoho.com", "zohomail.com", "fastmail.com", "fastmail.fm", "hushmail.com", "qq.com",
    "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com", "aliyun.com",
    "naver.com", "hanmail.net", "daum.net", "yahoo.co.jp", "libero.it", "virgilio.it",
    "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "seznam.cz", "wp.pl",
    "o2.pl", "interia.pl", "onet.pl", "rediffmail.com", "btinternet.com", "sky.com",
    "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net", "cox.net",
    "earthlink.net", "optonline.net", "shaw.ca", "rogers.com", "bigpond.com",
    "optusnet.com.au", "ukr.net", "abv.bg", "mail.bg", "uol.com.br", "bol.com.br",
    "terra.com.br", "hey.com", "duck.com", "mailinator.com", "posteo.de", "mailbox.org",
  ]
}

extension String {
  fileprivate func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  fileprivate func trimming(_ set: String) -> String {
    var text = Substring(self)
    while let first = text.first, set.contains(first) { text = text.dropFirst() }
    while let last = text.last, set.contains(last) { text = text.dropLast() }
    return String(text)
  }
}
