/// Whether a legacy health insurance card is still accepted on a given day. These dates are
/// law, not assumptions (DOMAIN.md): valid to 1 Dec 2025 at the latest; until 31 Mar 2026 an
/// expired one is accepted if confirmed online by number (the stop-gap); refused after.
package enum LegacyCardStatus: String, Sendable, Equatable, Hashable, Codable {
    case valid
    case stopGap = "stop_gap"
    case refused

    static let lastValidDay = CalendarDate(year: 2025, month: 12, day: 1)
    static let stopGapEnd = CalendarDate(year: 2026, month: 3, day: 31)

    package init(on date: CalendarDate) {
        if date <= Self.lastValidDay {
            self = .valid
        } else if date <= Self.stopGapEnd {
            self = .stopGap
        } else {
            self = .refused
        }
    }
}
