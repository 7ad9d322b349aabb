/// E-mail and web domains normalised for matching contacts to accounts, and the free-mail
/// providers that never identify a company.
public enum EmailDomain {
  /// The normalised domain of a web address or bare domain: lowercase, without scheme,
  /// `www.`, port, path or trailing dot; `nil` when no domain with a dot is left.
  ///
  /// `"https://www.Acme.com/about"` → `acme.com`.
  public static func normalized(_ text: String) -> String? {
    let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
    var bytes = Array((isASCII ? text : text.lowercased()).utf8)
    var start = 0
    var end = bytes.count
    for index in 0..<end {
      let byte = bytes[index]
      if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { bytes[index] = byte + 32 }
      if byte == UInt8(ascii: "@") { start = index + 1 }  // the last "@" wins
      if byte == UInt8(ascii: ":"), index + 2 < end, bytes[index + 1] == UInt8(ascii: "/"),
        bytes[index + 2] == UInt8(ascii: "/"), start <= index
      {
        start = index + 3
      }
    }
    while start < end, isWhitespaceOrBracket(bytes[start]) { start += 1 }
    if let stop = bytes[start..<end].firstIndex(where: isDomainTerminator) { end = stop }
    while end > start, bytes[end - 1] == UInt8(ascii: ".") || isWhitespaceOrBracket(bytes[end - 1])
    {
      end -= 1
    }
    if end - start > 4, bytes[start..<(start + 4)].elementsEqual("www.".utf8) { start += 4 }
    let domain = bytes[start..<end]
    guard domain.contains(UInt8(ascii: ".")), domain.first != UInt8(ascii: "."),
      !domain.contains(where: isWhitespaceOrBracket)
    else { return nil }
    return String(decoding: domain, as: UTF8.self)
  }

  /// The normalised domain of an e-mail address (`Jane@EU.Acme.com` → `eu.acme.com`), or
  /// `nil` when the text is not an address.
  public static func ofEmail(_ email: String) -> String? {
    guard let at = email.utf8.lastIndex(of: UInt8(ascii: "@")),
      email.utf8[..<at].contains(where: { !isWhitespaceOrBracket($0) })
    else { return nil }
    return normalized(email)
  }

  /// Whether a normalised domain belongs to a free-mail provider (gmail.com,
  /// yahoo.co.uk, mail.ru, …), including its subdomains.
  public static func isFreeMail(_ domain: String) -> Bool {
    isFreeMail(suffixes: suffixes(of: domain))
  }

  static func isFreeMail(suffixes: [String]) -> Bool {
    suffixes.contains { freeMail.contains($0) || isProviderWithCountryTLD($0) }
  }

  /// `domain` and its parent domains with at least two labels, most specific first:
  /// `eu.acme.co.uk` → `eu.acme.co.uk`, `acme.co.uk`, `co.uk`.
  static func suffixes(of domain: String) -> [String] {
    var result: [String] = []
    var candidate = Substring(domain)
    while candidate.utf8.contains(UInt8(ascii: ".")) {
      result.append(String(candidate))
      guard let dot = candidate.firstIndex(of: ".") else { break }
      candidate = candidate[candidate.index(after: dot)...]
    }
    return result
  }

  /// A major provider under a country domain: `yahoo.co.uk`, `hotmail.fr`, `gmx.at`.
  private static func isProviderWithCountryTLD(_ domain: String) -> Bool {
    guard let dot = domain.firstIndex(of: "."), providers.contains(String(domain[..<dot])) else {
      return false
    }
    let tail = domain[domain.index(after: dot)...]
    guard let second = tail.firstIndex(of: ".") else {
      return tail.count == 2 || tail == "com" || tail == "net" || tail == "org"
    }
    let country = tail[tail.index(after: second)...]
    return ["co", "com", "net", "org"].contains(tail[..<second]) && country.count == 2
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

private func isWhitespaceOrBracket(_ byte: UInt8) -> Bool {
  byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
    || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
}

private func isDomainTerminator(_ byte: UInt8) -> Bool {
  byte == UInt8(ascii: "/") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "?")
    || byte == UInt8(ascii: "#")
}
