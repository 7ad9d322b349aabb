/// The lead sources (`contacts.source`) and spend channels (`spend.channel`) of the
/// synthetic data, with what a lead costs on each.
enum SyntheticChannel: String, CaseIterable, Sendable {
  case paidSearch = "paid_search"
  case paidSocial = "paid_social"
  case organicSearch = "organic_search"
  case email
  case webinar
  case events
  case contentSyndication = "content_syndication"
  case referral
  case partner
  case outbound
  case direct

  /// Position in `allCases`, without building the array.
  var ordinal: Int {
    switch self {
    case .paidSearch: 0
    case .paidSocial: 1
    case .organicSearch: 2
    case .email: 3
    case .webinar: 4
    case .events: 5
    case .contentSyndication: 6
    case .referral: 7
    case .partner: 8
    case .outbound: 9
    case .direct: 10
    }
  }

  /// The prefix of its campaign ids, for channels that run campaigns.
  var campaignCode: String? {
    switch self {
    case .paidSearch: "PS"
    case .paidSocial: "SOC"
    case .email: "EML"
    case .webinar: "WEB"
    case .events: "EVT"
    case .contentSyndication: "SYN"
    default: nil
    }
  }

  /// Campaigns per quarter, for channels that run campaigns.
  var campaignsPerQuarter: Int {
    switch self {
    case .email: 3
    case .paidSearch, .paidSocial, .webinar: 2
    case .events, .contentSyndication: 1
    default: 0
    }
  }

  /// Spend per lead it brings, on top of `monthlyBase`.
  var costPerLead: Double {
    switch self {
    case .paidSearch: 180
    case .paidSocial: 140
    case .email: 25
    case .webinar: 90
    case .events: 450
    case .contentSyndication: 70
    case .partner: 350
    default: 0
    }
  }

  /// Fixed spend per campaign-month (or per month for `partner`).
  var monthlyBase: Double {
    switch self {
    case .paidSearch: 1_500
    case .paidSocial: 1_000
    case .email: 200
    case .webinar: 800
    case .events: 2_000
    case .contentSyndication: 500
    case .partner: 500
    default: 0
    }
  }

  /// The activity that records a lead's first touch through this source.
  var firstTouch: SyntheticActivityKind {
    switch self {
    case .paidSocial: .linkedinAdClick
    case .email: .emailClick
    case .webinar: .webinarRegistered
    case .events: .eventAttended
    case .contentSyndication: .contentSyndication
    case .referral, .partner: .formFill
    case .outbound: .emailOpen
    case .paidSearch, .organicSearch, .direct: .pageView
    }
  }

  /// How leads are spread over sources.
  static let leadSources = SyntheticWeightedChoice<SyntheticChannel>([
    (.paidSearch, 15), (.paidSocial, 9), (.organicSearch, 17), (.email, 4), (.webinar, 10),
    (.events, 7), (.contentSyndication, 9), (.referral, 7), (.partner, 6), (.outbound, 9),
    (.direct, 7),
  ])
}
