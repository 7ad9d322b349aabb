/// One marketing campaign: a channel's push in one calendar quarter.
struct SyntheticCampaign: Sendable {
  /// E.g. `WEB-2025Q1-2`.
  let id: String
  let channel: SyntheticChannel
  /// First and last day (days since 1970-01-01) within the generated period.
  let firstDay: Int
  let lastDay: Int
}

/// The campaigns of the generated period and the spend that goes with them.
///
/// Every campaign channel runs a fixed number of campaigns each quarter; contacts created
/// through such a channel carry one of its campaigns of that quarter; the spend of a
/// campaign is a monthly base plus its cost per lead times the leads it brought.
struct SyntheticCampaignCalendar: Sendable {
  let campaigns: [SyntheticCampaign]
  let firstDay: Int
  let lastDay: Int
  private let firstQuarter: Int
  private let quarterCount: Int
  /// Campaign indices by channel (`SyntheticChannel.allCases` order) and quarter offset.
  private let byChannelAndQuarter: [[[Int]]]

  init(firstDay: Int, lastDay: Int) {
    self.firstDay = firstDay
    self.lastDay = lastDay
    let first = SyntheticCampaignCalendar.quarterNumber(ofDay: firstDay)
    let last = SyntheticCampaignCalendar.quarterNumber(ofDay: lastDay)
    firstQuarter = first
    quarterCount = last - first + 1
    var campaigns: [SyntheticCampaign] = []
    var table = Array(
      repeating: Array(repeating: [Int](), count: last - first + 1),
      count: SyntheticChannel.allCases.count)
    for channel in SyntheticChannel.allCases {
      guard let code = channel.campaignCode else { continue }
      for quarter in first...last {
        let (year, q) = (quarter / 4, quarter % 4 + 1)
        let start = max(firstDay, CivilDate.daysSinceEpoch(year: year, month: 3 * q - 2, day: 1))
        let end = min(lastDay, SyntheticCampaignCalendar.lastDay(ofQuarter: quarter))
        for number in 1...channel.campaignsPerQuarter {
          table[channel.ordinal][quarter - first].append(campaigns.count)
          campaigns.append(
            SyntheticCampaign(
              id: "\(code)-\(year)Q\(q)-\(number)", channel: channel, firstDay: start,
              lastDay: end))
        }
      }
    }
    self.campaigns = campaigns
    byChannelAndQuarter = table
  }

  /// A campaign of `channel` running on `day`, or `nil` when the channel runs none then.
  func campaign(
    of channel: SyntheticChannel, onDay day: Int, using random: inout Xoshiro256StarStar
  ) -> Int? {
    guard day >= firstDay, day <= lastDay else { return nil }
    let candidates = byChannelAndQuarter[channel.ordinal][
      SyntheticCampaignCalendar.quarterNumber(ofDay: day) - firstQuarter]
    return candidates.isEmpty ? nil : random.pick(candidates)
  }

  /// Number of calendar months the period touches.
  var monthCount: Int { monthNumber(ofDay: lastDay) - monthNumber(ofDay: firstDay) + 1 }

  /// The month offset of `day` within the period (0 for the first month).
  func monthOffset(ofDay day: Int) -> Int { monthNumber(ofDay: day) - monthNumber(ofDay: firstDay) }

  /// The monthly spend lines: per campaign and month, then per month for the channels
  /// without campaigns (outbound and organic search scale with the number of accounts,
  /// partner fees with the partner leads of the month).
  func spend(
    leadsByCampaign: [Int], partnerLeadsByMonth: [Int], accounts: Int,
    using random: inout Xoshiro256StarStar
  ) -> [Spend] {
    var lines: [Spend] = []
    for (index, campaign) in campaigns.enumerated() {
      let months = monthRanges(from: campaign.firstDay, to: campaign.lastDay)
      let perMonth =
        campaign.channel.monthlyBase + Double(leadsByCampaign[index])
        * campaign.channel.costPerLead / Double(months.count)
      for month in months {
        lines.append(
          line(
            campaign.channel, month, perMonth * random.logNormal(median: 1, sigma: 0.12),
            campaign: campaign.id))
      }
    }
    let scale = Double(max(accounts, 1))
    for (offset, month) in monthRanges(from: firstDay, to: lastDay).enumerated() {
      let partner =
        SyntheticChannel.partner.monthlyBase + Double(partnerLeadsByMonth[offset])
        * SyntheticChannel.partner.costPerLead
      lines.append(line(.partner, month, partner * random.logNormal(median: 1, sigma: 0.1)))
      lines.append(line(.outbound, month, 55 * scale * random.logNormal(median: 1, sigma: 0.05)))
      lines.append(
        line(.organicSearch, month, 18 * scale * random.logNormal(median: 1, sigma: 0.15)))
    }
    return lines
  }

  private func line(
    _ channel: SyntheticChannel, _ month: ClosedRange<Int>, _ amount: Double,
    campaign: String? = nil
  ) -> Spend {
    Spend(
      channel: channel.rawValue, periodStart: SyntheticTime.midnight(month.lowerBound),
      periodEnd: SyntheticTime.midnight(month.upperBound), amount: (amount * 100).rounded() / 100,
      campaignID: campaign)
  }

  /// The calendar months between two days, clipped to them.
  private func monthRanges(from first: Int, to last: Int) -> [ClosedRange<Int>] {
    var ranges: [ClosedRange<Int>] = []
    var day = first
    while day <= last {
      let date = CivilDate(daysSinceEpoch: day)
      let monthEnd =
        CivilDate.daysSinceEpoch(year: date.year, month: date.month, day: 1)
        + CivilDate.daysIn(month: date.month, year: date.year) - 1
      ranges.append(day...min(monthEnd, last))
      day = monthEnd + 1
    }
    return ranges
  }

  private func monthNumber(ofDay day: Int) -> Int {
    let date = CivilDate(daysSinceEpoch: day)
    return date.year * 12 + date.month - 1
  }

  private static func quarterNumber(ofDay day: Int) -> Int {
    let date = CivilDate(daysSinceEpoch: day)
    return date.year * 4 + date.quarter - 1
  }

  private static func lastDay(ofQuarter quarter: Int) -> Int {
    let (year, q) = (quarter / 4, quarter % 4 + 1)
    let month = 3 * q
    return CivilDate.daysSinceEpoch(year: year, month: month, day: 1)
      + CivilDate.daysIn(month: month, year: year) - 1
  }
}
