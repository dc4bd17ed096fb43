/// A time of day, as "HH:MM" in scenario files; stored as seconds since midnight. Hours
/// past 24 are allowed so that a steady-state validation run can last for days.
package struct ClockTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    package var secondsSinceMidnight: Double

    package init(seconds: Double) { secondsSinceMidnight = seconds }

    package init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy(\.isASCII) }),
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let h = Int(parts[0]), let m = Int(parts[1]), h >= 0, (0..<60).contains(m)
        else { return nil }
        let s = parts.count == 3 ? Int(parts[2]) : 0
        guard let s, (0..<60).contains(s) else { return nil }
        secondsSinceMidnight = Double(h * 3600 + m * 60 + s)
    }

    package static func < (a: Self, b: Self) -> Bool { a.secondsSinceMidnight < b.secondsSinceMidnight }

    /// "HH:MM:SS"; times past midnight (a queue still draining) keep counting hours.
    package var description: String {
        let total = Int(secondsSinceMidnight.rounded(.down))
        let h = total / 3600, m = (total / 60) % 60, s = total % 60
        return "\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m):\(s < 10 ? "0" : "")\(s)"
    }

    /// "HH:MM", the seconds left out; past 99 hours the hours keep their digits ("200:00").
    package var shortDescription: String { String(description.dropLast(3)) }
}
