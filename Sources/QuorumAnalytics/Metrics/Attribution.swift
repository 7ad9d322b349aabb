/// Lead-funnel outcomes credited to a touch; fractional under linear attribution.
public struct AttributedOutcomes: Hashable, Sendable {
  /// Leads.
  public var leads: Double
  /// Leads that became MQL.
  public var mqls: Double
  /// Leads that became SQL.
  public var sqls: Double
  /// Opportunities opened.
  public var opportunities: Double
  /// Opportunities closed won.
  public var wonDeals: Double
  /// Amount of the won deals.
  public var wonRevenue: Double

  /// Creates outcomes; all zero by default.
  public init(
    leads: Double = 0, mqls: Double = 0, sqls: Double = 0, opportunities: Double = 0,
    wonDeals: Double = 0, wonRevenue: Double = 0
  ) {
    self.leads = leads
    self.mqls = mqls
    self.sqls = sqls
    self.opportunities = opportunities
    self.wonDeals = wonDeals
    self.wonRevenue = wonRevenue
  }

  /// Adds outcomes field by field.
  public static func + (lhs: Self, rhs: Self) -> Self {
    AttributedOutcomes(
      leads: lhs.leads + rhs.leads, mqls: lhs.mqls + rhs.mqls, sqls: lhs.sqls + rhs.sqls,
      opportunities: lhs.opportunities + rhs.opportunities,
      wonDeals: lhs.wonDeals + rhs.wonDeals, wonRevenue: lhs.wonRevenue + rhs.wonRevenue)
  }

  /// Adds `rhs` to `lhs` field by field.
  public static func += (lhs: inout Self, rhs: Self) { lhs = lhs + rhs }

  /// Every field multiplied by `weight`.
  func scaled(by weight: Double) -> Self {
    AttributedOutcomes(
      leads: leads * weight, mqls: mqls * weight, sqls: sqls * weight,
      opportunities: opportunities * weight, wonDeals: wonDeals * weight,
      wonRevenue: wonRevenue * weight)
  }
}

/// Where credit lands: a channel, a campaign and the calendar quarter of the touch.
public struct AttributionKey: Hashable, Sendable, Comparable {
  /// The channel; `nil` when not known.
  public let channel: String?
  /// The campaign; `nil` when the touch had none.
  public let campaignID: String?
  /// The quarter in which the touch happened (for the origin: the lead's creation).
  public let quarter: CalendarQuarter

  /// Creates a key; blank channel or campaign text counts as missing.
  public init(channel: String?, campaignID: String?, quarter: CalendarQuarter) {
    self.channel = channel.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
    self.campaignID = campaignID.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
    self.quarter = quarter
  }

  /// Orders by channel, campaign (missing last) and quarter.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    (GroupKey(text: lhs.channel), GroupKey(campaign: lhs.campaignID), lhs.quarter)
      < (GroupKey(text: rhs.channel), GroupKey(campaign: rhs.campaignID), rhs.quarter)
  }
}

/// The outcomes credited to one key.
public struct AttributionCredit: Hashable, Sendable {
  /// Where the credit lands.
  public let key: AttributionKey
  /// What is credited there.
  public let outcomes: AttributedOutcomes

  /// Creates a credit.
  public init(key: AttributionKey, outcomes: AttributedOutcomes) {
    self.key = key
    self.outcomes = outcomes
  }
}

/// Marketing attribution: which channel, campaign and quarter each lead — and each
/// opportunity and won deal it led to — is credited to.
///
/// A lead's touches are its origin (the contact's source and campaign, at creation) and
/// then its campaign-tagged touches from creation up to the cut-off, in time order: the
/// cut-off is the opening of the lead's first opportunity, or the as-of date. First-touch
/// credits the origin, last-touch the last touch, linear each touch 1/m.
///
/// An opportunity is shared equally among its linked leads (see ``ScoredLead``), each
/// share credited by the lead's touches up to the opportunity's opening; an opportunity
/// without linked leads is credited to its own source and campaign, so nothing is dropped.
/// Won deals and revenue (the amount; 0 when missing) follow the opportunity's credit.
/// Every lead and opportunity contributes exactly 1 in total, under every model.
///
/// - Complexity: O(L + O + T log T + links).
public struct Attribution: Hashable, Sendable {
  /// The model used.
  public let model: AttributionModel
  /// The as-of date: later leads, opportunities and touches are ignored.
  public let asOf: Timestamp
  /// The credits, sorted by key; one per key that received any.
  public let credits: [AttributionCredit]

  /// Attributes leads and opportunities to touches.
  public init(
    model: AttributionModel = .firstTouch, leads: [ScoredLead],
    opportunities: [ScoredOpportunity], touches: [AttributionTouch], asOf: Timestamp
  ) {
    let leads = leads.sharingFilter { $0.createdAt <= asOf }
    let opportunities = opportunities.sharingFilter { $0.createdAt <= asOf }
    let links = LeadOpportunityLinks(leads: leads, opportunities: opportunities)
    let read = model.readsTouches ? touches.filter { $0.occurredAt <= asOf } : []
    let touchesByContact = Dictionary(grouping: read) { $0.contactID }.mapValues {
      $0.sorted(by: Attribution.chronological)
    }
    var credit: [AttributionKey: AttributedOutcomes] = [:]
    func add(_ outcomes: AttributedOutcomes, lead: ScoredLead, cutOff: Timestamp) {
      let path = Attribution.path(
        of: lead, touches: touchesByContact[lead.contactID, default: []], cutOff: cutOff)
      for (key, weight) in Attribution.weights(model, path: path) {
        credit[key, default: AttributedOutcomes()] += outcomes.scaled(by: weight)
      }
    }
    for (index, lead) in leads.enumerated() {
      let outcome = AttributedOutcomes(
        leads: 1, mqls: lead.isMQL(asOf: asOf) ? 1 : 0, sqls: lead.isSQL(asOf: asOf) ? 1 : 0)
      add(
        outcome, lead: lead,
        cutOff: links.firstOpportunityDate(ofLead: index, in: opportunities) ?? asOf)
    }
    for (index, opportunity) in opportunities.enumerated() {
      let won = opportunity.status(asOf: asOf) == .won
      let outcome = AttributedOutcomes(
        opportunities: 1, wonDeals: won ? 1 : 0, wonRevenue: won ? opportunity.amount ?? 0 : 0)
      let linked = links.leadsOfOpportunity[index]
      guard !linked.isEmpty else {
        let key = AttributionKey(
          channel: opportunity.source, campaignID: opportunity.campaignID,
          quarter: CalendarQuarter(opportunity.createdAt))
        credit[key, default: AttributedOutcomes()] += outcome
        continue
      }
      let share = outcome.scaled(by: 1 / Double(linked.count))
      for leadIndex in linked { add(share, lead: leads[leadIndex], cutOff: opportunity.createdAt) }
    }
    self.model = model
    self.asOf = asOf
    credits = credit.keys.sorted().map {
      AttributionCredit(key: $0, outcomes: credit[$0, default: AttributedOutcomes()])
    }
  }

  /// The lead's touches in order: the origin, then campaign touches in [creation, cut-off].
  static func path(of lead: ScoredLead, touches: [AttributionTouch], cutOff: Timestamp)
    -> [AttributionKey]
  {
    let origin = AttributionKey(
      channel: lead.source, campaignID: lead.campaignID, quarter: CalendarQuarter(lead.createdAt))
    let later = touches.filter { $0.occurredAt >= lead.createdAt && $0.occurredAt <= cutOff }
    return [origin]
      + later.map {
        AttributionKey(
          channel: $0.channel, campaignID: $0.campaignID, quarter: CalendarQuarter($0.occurredAt))
      }
  }

  /// The credit of each key on a path (keys may repeat; their weights add up).
  static func weights(_ model: AttributionModel, path: [AttributionKey])
    -> [(key: AttributionKey, weight: Double)]
  {
    guard let first = path.first, let last = path.last else { return [] }
    switch model {
    case .firstTouch: return [(first, 1)]
    case .lastTouch: return [(last, 1)]
    case .linear: return path.map { ($0, 1 / Double(path.count)) }
    }
  }

  private static func chronological(_ lhs: AttributionTouch, _ rhs: AttributionTouch) -> Bool {
    (lhs.occurredAt, lhs.campaignID ?? "", lhs.channel ?? "")
      < (rhs.occurredAt, rhs.campaignID ?? "", rhs.channel ?? "")
  }
}
