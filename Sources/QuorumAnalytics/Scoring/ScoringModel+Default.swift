extension ScoringModel {
  /// The built-in model (`quorum model show` prints it).
  ///
  /// Its worked examples: a whitepaper download is worth 5 points, a careers-page visit −2,
  /// a demo request 20; a contact is an MQL at 50 points; 3 of 4 BANT criteria met (or 3 of
  /// 4 CHAMP, 4 of 6 MEDDIC, 6 of 8 MEDDPICC) make an SQL; a trial sign-up or product usage
  /// makes a PQL. Signals halve every 30 days (demos and meetings every 60, product usage
  /// every 14) and count for a year.
  public static let `default` = ScoringModel(
    name: "quorum-default", version: "1.0.0", fit: defaultFit, engagement: defaultEngagement,
    frameworks: defaultFrameworks, disqualifiers: defaultDisqualifiers, stages: defaultStages,
    rollup: defaultRollup, journey: defaultJourney,
    committee: CommitteeSettings(
      requiredRoles: [.economicBuyer, .champion, .technicalEvaluator, .user],
      engagementWindowDays: 90),
    abmTiers: TierCutoffs(tier1: 200, tier2: 130, tier3: 80))

  private static let defaultFit = FitRules(
    industries: [
      ValueRule(
        label: "core",
        values: [
          "software", "saas", "computer software", "information technology",
          "information technology and services", "internet", "fintech",
        ], points: 20),
      ValueRule(
        label: "adjacent",
        values: [
          "financial services", "banking", "insurance", "healthcare", "telecommunications",
          "professional services", "consulting", "manufacturing", "retail", "e-commerce",
        ], points: 10),
      ValueRule(
        label: "excluded", values: ["government", "education", "non-profit", "nonprofit"],
        points: -10),
    ],
    employees: [
      BandRule(label: "enterprise", minimum: 1000, maximum: nil, points: 15),
      BandRule(label: "mid_market", minimum: 200, maximum: 1000, points: 20),
      BandRule(label: "smb", minimum: 50, maximum: 200, points: 10),
      BandRule(label: "micro", minimum: nil, maximum: 50, points: -5),
    ],
    revenue: [
      BandRule(label: "large", minimum: 100_000_000, maximum: nil, points: 10),
      BandRule(label: "mid", minimum: 10_000_000, maximum: 100_000_000, points: 15),
      BandRule(label: "small", minimum: 1_000_000, maximum: 10_000_000, points: 5),
    ],
    geographies: [
      ValueRule(
        label: "north_america",
        values: ["united states", "usa", "us", "canada", "north america", "namer", "amer"],
        points: 10),
      ValueRule(
        label: "europe",
        values: [
          "united kingdom", "uk", "ireland", "germany", "france", "netherlands", "belgium",
          "luxembourg", "switzerland", "austria", "sweden", "denmark", "norway", "finland",
          "spain", "portugal", "italy", "poland", "europe", "emea",
        ], points: 8),
      ValueRule(
        label: "apac",
        values: ["australia", "new zealand", "singapore", "japan", "apac"], points: 5),
    ])

  private static let defaultEngagement = EngagementRules(
    halfLifeDays: 30, lookbackDays: 365,
    activities: [
      "page_view": ActivityRule(points: 1, cap: 10),
      "pricing_page_view": ActivityRule(points: 10, cap: 30),
      "product_page_view": ActivityRule(points: 3, cap: 15),
      "careers_page_view": ActivityRule(points: -2, cap: 10),
      "email_open": ActivityRule(points: 1, cap: 5),
      "email_click": ActivityRule(points: 3, cap: 15),
      "email_reply": ActivityRule(points: 10, cap: 30),
      "content_download": ActivityRule(points: 5, cap: 20),
      "whitepaper_download": ActivityRule(points: 5, cap: 20),
      "case_study_view": ActivityRule(points: 5, cap: 15),
      "roi_calculator": ActivityRule(points: 15, cap: 30),
      "content_syndication": ActivityRule(points: 2, cap: 6),
      "webinar_registered": ActivityRule(points: 5, cap: 15),
      "webinar_attended": ActivityRule(points: 10, cap: 30),
      "event_attended": ActivityRule(points: 10, cap: 30),
      "form_fill": ActivityRule(points: 8, cap: 24),
      "contact_request": ActivityRule(points: 25, halfLifeDays: 60, cap: 50),
      "demo_requested": ActivityRule(points: 20, halfLifeDays: 60, cap: 40),
      "demo_attended": ActivityRule(points: 25, halfLifeDays: 60, cap: 50),
      "meeting": ActivityRule(points: 15, halfLifeDays: 60, cap: 45),
      "trial_signup": ActivityRule(points: 20, halfLifeDays: 60, cap: 20),
      "product_usage": ActivityRule(points: 2, halfLifeDays: 14, cap: 30),
      "unsubscribe": ActivityRule(points: -10, halfLifeDays: 180, cap: 10),
      "email_bounce": ActivityRule(points: -5, halfLifeDays: 180, cap: 10),
    ])

  private static let defaultFrameworks = FrameworkRules(
    criteria: Dictionary(
      uniqueKeysWithValues: QualificationCriterion.allCases.map {
        ($0, CriterionPoints(met: 10, partial: 5, unmet: 0))
      }),
    definitions: [
      FrameworkDefinition(
        name: "BANT", criteria: [.budget, .authority, .need, .timeline],
        rules: [QualifyingRule(minimumMet: 3, stage: .sql)]),
      FrameworkDefinition(
        name: "CHAMP", criteria: [.challenges, .authority, .money, .prioritization],
        rules: [QualifyingRule(minimumMet: 3, stage: .sql)]),
      FrameworkDefinition(
        name: "MEDDIC",
        criteria: [
          .metrics, .economicBuyer, .decisionCriteria, .decisionProcess, .identifiedPain, .champion,
        ],
        rules: [QualifyingRule(minimumMet: 4, stage: .sql)]),
      FrameworkDefinition(
        name: "MEDDPICC",
        criteria: [
          .metrics, .economicBuyer, .decisionCriteria, .decisionProcess, .paperProcess,
          .identifiedPain, .champion, .competition,
        ],
        rules: [QualifyingRule(minimumMet: 6, stage: .sql)]),
    ])

  private static let defaultDisqualifiers = [
    Disqualifier(
      name: "timeline_24_months_or_more", criterion: .timeline, values: [.unmet],
      minimumMonths: 24, points: -50),
    Disqualifier(
      name: "no_purchase_24_months", minimumMonths: 24,
      notePhrases: [
        "no purchase", "not purchasing", "no plans to buy", "not buying", "no buying",
        "won't buy", "will not buy",
      ], points: -50),
  ]

  private static let defaultStages = StageRules(
    iql: StageRule(
      minimumScore: 15,
      evidenceTypes: [
        "form_fill", "contact_request", "content_download", "whitepaper_download",
        "webinar_registered",
      ]),
    mql: StageRule(minimumScore: 50, minimumEngagement: 15),
    sql: StageRule(),
    pql: StageRule(evidenceTypes: ["trial_signup", "product_usage"]))

  private static let defaultRollup = RollupRules(
    topContacts: 5, diminishingFactor: 0.5, fitWeight: 1, pointsPerEngagedContact: 3,
    maximumEngagedContacts: 7, pointsPerEngagedDepartment: 5, maximumEngagedDepartments: 4,
    economicBuyerPoints: 15, championPoints: 15, coveragePoints: 20, singleThreadedPoints: -10,
    frameworkWeight: 1)

  private static let defaultJourney = JourneyRules(
    windowDays: 90,
    awareness: ["page_view", "email_open", "content_syndication", "webinar_registered"],
    consideration: [
      "product_page_view", "email_click", "email_reply", "content_download",
      "whitepaper_download", "case_study_view", "webinar_attended", "event_attended", "form_fill",
    ],
    decision: [
      "pricing_page_view", "roi_calculator", "contact_request", "demo_requested", "demo_attended",
      "meeting", "trial_signup", "product_usage",
    ],
    minimumConsiderationSignals: 1, minimumDecisionSignals: 2)
}
