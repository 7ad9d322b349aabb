/// The activity types the generator emits, as a compact enum: the 24 types of the contract
/// plus two custom ones the default model does not know (`g2_review_view`,
/// `linkedin_ad_click`), with the free-text details each is written with.
enum SyntheticActivityKind: UInt8, CaseIterable, Sendable {
  case pageView, pricingPageView, productPageView, careersPageView
  case emailOpen, emailClick, emailReply
  case contentDownload, whitepaperDownload, caseStudyView, roiCalculator, contentSyndication
  case webinarRegistered, webinarAttended, eventAttended, formFill, contactRequest
  case demoRequested, demoAttended, meeting, trialSignup, productUsage
  case unsubscribe, emailBounce
  case g2ReviewView, linkedinAdClick

  /// The type as written in `activities.csv`.
  var type: ActivityType { Self.types[Int(rawValue)] }

  /// Whether it counts as high intent in `SyntheticWinModel`.
  var isHighIntent: Bool { Self.highIntent[Int(rawValue)] }

  /// Whether it needs a deliverable e-mail address (no longer happens after an
  /// unsubscribe or a bounce).
  var isEmail: Bool { self == .emailOpen || self == .emailClick || self == .emailReply }

  /// The channel whose campaigns it is credited to, if any.
  var campaignChannel: SyntheticChannel? {
    switch self {
    case .emailOpen, .emailClick: .email
    case .webinarRegistered, .webinarAttended: .webinar
    case .eventAttended: .events
    case .contentSyndication: .contentSyndication
    case .linkedinAdClick: .paidSocial
    default: nil
    }
  }

  /// The details it can carry; empty when it carries none.
  var details: [String] { Self.detailTable[Int(rawValue)] }

  private static let types: [ActivityType] = allCases.map(typeOf)

  private static func typeOf(_ kind: SyntheticActivityKind) -> ActivityType {
    switch kind {
    case .pageView: "page_view"
    case .pricingPageView: "pricing_page_view"
    case .productPageView: "product_page_view"
    case .careersPageView: "careers_page_view"
    case .emailOpen: "email_open"
    case .emailClick: "email_click"
    case .emailReply: "email_reply"
    case .contentDownload: "content_download"
    case .whitepaperDownload: "whitepaper_download"
    case .caseStudyView: "case_study_view"
    case .roiCalculator: "roi_calculator"
    case .contentSyndication: "content_syndication"
    case .webinarRegistered: "webinar_registered"
    case .webinarAttended: "webinar_attended"
    case .eventAttended: "event_attended"
    case .formFill: "form_fill"
    case .contactRequest: "contact_request"
    case .demoRequested: "demo_requested"
    case .demoAttended: "demo_attended"
    case .meeting: "meeting"
    case .trialSignup: "trial_signup"
    case .productUsage: "product_usage"
    case .unsubscribe: "unsubscribe"
    case .emailBounce: "email_bounce"
    case .g2ReviewView: "g2_review_view"
    case .linkedinAdClick: "linkedin_ad_click"
    }
  }

  private static let highIntent: [Bool] = allCases.map { kind in
    SyntheticWinModel.highIntentTypes.contains(kind.type)
  }

  private static let detailTable: [[String]] = allCases.map(detailsOf)

  private static func detailsOf(_ kind: SyntheticActivityKind) -> [String] {
    switch kind {
    case .pageView:
      [
        "/", "/blog/revops-metrics-that-matter", "/blog/account-based-marketing-101", "/about",
        "/customers", "/integrations/salesforce", "/integrations/hubspot", "/security",
      ]
    case .pricingPageView: ["/pricing", "/pricing", "/pricing/enterprise", "/pricing#compare"]
    case .productPageView:
      ["/product", "/product/scoring", "/product/buying-committees", "/product/forecasting"]
    case .careersPageView:
      [
        "/careers", "/careers/account-executive", "/careers/software-engineer",
        "/careers/customer-success-manager",
      ]
    case .contentDownload, .contentSyndication:
      [
        "The 2025 State of B2B Buying", "Guide: Pipeline, Forecasting and ROI",
        "Checklist: ICP definition", "Template: lead scoring model",
      ]
    case .whitepaperDownload:
      [
        "Whitepaper: Calibrating lead scores on won deals",
        "Whitepaper: Buying committees, explained",
      ]
    case .caseStudyView:
      [
        "/customers/northwind-doubled-win-rate", "/customers/globex-abm",
        "/customers/initech-pipeline",
      ]
    case .roiCalculator: ["/roi-calculator"]
    case .webinarRegistered, .webinarAttended:
      [
        "Webinar: \"Scoring that sales trusts\"", "Webinar: From MQL to revenue",
        "Webinar: ABM in practice",
      ]
    case .eventAttended: ["SaaStr booth", "RevOps Summit", "Dreamforce dinner", "Roadshow"]
    case .formFill: ["Newsletter signup", "Contact us", "Gated content"]
    case .contactRequest: ["Talk to sales", "Request a quote"]
    case .demoRequested, .demoAttended: ["Product demo", "Tailored demo"]
    case .meeting:
      [
        "Discovery call", "Technical deep-dive", "Pricing review", "Executive alignment",
        "Procurement review",
      ]
    case .trialSignup: ["Free trial (14 days)"]
    case .productUsage: ["dashboard", "report_export", "integration_setup", "score_model_edit"]
    case .unsubscribe: ["all marketing email", "newsletter"]
    case .emailBounce: ["hard bounce", "soft bounce"]
    case .g2ReviewView: ["G2: Quorum reviews", "G2: Quorum vs. competitors"]
    case .linkedinAdClick: ["LinkedIn sponsored post", "LinkedIn conversation ad"]
    case .emailOpen, .emailClick, .emailReply: []
    }
  }
}

/// The mixes of activity kinds in each phase of an account's life.
enum SyntheticActivityMix {
  /// Background behaviour outside buying windows: mostly low intent.
  static let noise = SyntheticWeightedChoice<SyntheticActivityKind>([
    (.pageView, 28), (.emailOpen, 30), (.emailClick, 9), (.contentDownload, 5),
    (.whitepaperDownload, 3), (.productPageView, 6), (.webinarRegistered, 3),
    (.webinarAttended, 1.5), (.contentSyndication, 2), (.eventAttended, 1), (.formFill, 1.5),
    (.g2ReviewView, 1), (.linkedinAdClick, 3), (.caseStudyView, 0.7), (.pricingPageView, 0.8),
    (.careersPageView, 0.3),
  ])

  /// Job seekers: the careers page, mostly.
  static let jobSeeker = SyntheticWeightedChoice<SyntheticActivityKind>([
    (.careersPageView, 55), (.pageView, 30), (.contentDownload, 5), (.emailOpen, 10),
  ])

  /// High-intent research of a buying-committee member before the deal opens.
  static let research = SyntheticWeightedChoice<SyntheticActivityKind>([
    (.pricingPageView, 18), (.productPageView, 12), (.caseStudyView, 9), (.roiCalculator, 6),
    (.demoRequested, 5), (.demoAttended, 3), (.meeting, 10), (.emailReply, 10),
    (.emailOpen, 8), (.pageView, 8), (.contactRequest, 2), (.g2ReviewView, 3),
    (.whitepaperDownload, 3), (.formFill, 3),
  ])

  /// Low-intent browsing that goes with research.
  static let browsing = SyntheticWeightedChoice<SyntheticActivityKind>([
    (.pageView, 50), (.productPageView, 20), (.contentDownload, 15), (.whitepaperDownload, 10),
    (.emailOpen, 5),
  ])

  /// The sales cycle, after the deal opened.
  static let cycle = SyntheticWeightedChoice<SyntheticActivityKind>([
    (.meeting, 30), (.emailReply, 20), (.emailOpen, 24), (.demoAttended, 6),
    (.pricingPageView, 10), (.caseStudyView, 5), (.productPageView, 5),
  ])
}
