#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Observed durations in seconds, all positive, with the sums every fit needs computed once.
package struct DurationSample: Sendable {
    /// The values in increasing order (the Kolmogorov–Smirnov distance walks them so).
    package let sorted: [Double]
    package let mean: Double
    /// The mean of the logarithms.
    package let logMean: Double

    /// Nil unless there are at least two values, all positive and finite, not all equal:
    /// fewer leave a two-parameter family undetermined.
    package init?(_ values: [Double]) {
        guard values.count >= 2, values.allSatisfy({ $0 > 0 && $0.isFinite }) else { return nil }
        sorted = values.sorted()
        guard sorted.first! < sorted.last! else { return nil }
        mean = values.reduce(0, +) / Double(values.count)
        logMean = values.reduce(0) { $0 + log($1) } / Double(values.count)
    }

    package var count: Int { sorted.count }

    /// The empirical quantile by linear interpolation between order statistics (R's type 7).
    package func quantile(_ p: Double) -> Double {
        let h = Double(count - 1) * p
        let lo = Int(h.rounded(.down)), hi = min(lo + 1, count - 1)
        return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }
}
