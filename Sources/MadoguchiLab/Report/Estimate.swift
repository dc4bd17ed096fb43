import Foundation
import MadoguchiSim

/// A metric across replications: its mean and 95 % Student-t interval, cut at the values the
/// metric can take (a count or a duration is never below 0, a share never outside [0, 1]).
/// Cutting keeps the interval's coverage: the true value lies in the range, so whenever the
/// t interval holds it, the cut one does too. With one replication the interval collapses
/// onto the value, so the JSON shape never changes.
package struct Estimate: Codable, Equatable, Sendable {
    package var mean: Double
    package var ci95Low: Double
    package var ci95High: Double

    /// Values a count or a duration can take.
    package static let nonNegative: ClosedRange<Double> = 0...Double.infinity
    /// Values a share (a utilization, a rate) can take.
    package static let fraction: ClosedRange<Double> = 0...1

    enum CodingKeys: String, CodingKey {
        case mean
        case ci95Low = "ci95_low"
        case ci95High = "ci95_high"
    }

    package init(_ values: [Double], within range: ClosedRange<Double> = -Double.infinity...Double.infinity) {
        let ci = ConfidenceInterval(values, level: 0.95)
        mean = ci.mean
        ci95Low = max(ci.lower, range.lowerBound)
        ci95High = min(ci.upper, range.upperBound)
    }

    /// An estimate worked out elsewhere, such as a paired difference.
    package init(mean: Double, low: Double, high: Double) {
        self.mean = mean
        ci95Low = low
        ci95High = high
    }

    /// "12.3±0.4", or "0.6 (0.0–1.7)" when the range cut the interval and it is no longer
    /// symmetric about the mean; the mean alone for one replication.
    package func text(digits: Int, scale: Double = 1, replications: Int) -> String {
        let mean = String(format: "%.\(digits)f", self.mean * scale)
        guard replications > 1 else { return mean }
        let below = self.mean - ci95Low, above = ci95High - self.mean
        if abs(above - below) <= 1e-9 * max(1, abs(above) + abs(below)) {
            return mean + String(format: "±%.\(digits)f", above * scale)
        }
        return mean + String(format: " (%.\(digits)f–%.\(digits)f)", ci95Low * scale, ci95High * scale)
    }
}
