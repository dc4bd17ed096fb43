import MadoguchiSim

/// B − A for one metric, in the unit shown (minutes, percent). The interval comes from the per-replication differences, which
/// common random numbers make far less noisy than the two runs are on their own; the width
/// an unpaired comparison of independent runs would give is kept to show the gain.
package struct PairedDifference: Sendable {
    package let metric: Metric
    package let meanA: Double
    package let meanB: Double
    /// The 95 % Student-t interval of the mean of the paired differences B − A.
    package let difference: ConfidenceInterval
    /// The 95 % Welch half-width of B − A when B's replications use other random numbers.
    package let independentHalfWidth: Double

    package init(metric: Metric, a: [Double], b: [Double], independentB: [Double]) {
        precondition(a.count == b.count)
        self.metric = metric
        meanA = Tally(a).mean
        meanB = Tally(b).mean
        difference = ConfidenceInterval(zip(b, a).map { $0 - $1 }, level: 0.95)
        independentHalfWidth = Self.welchHalfWidth(a, independentB, level: 0.95)
    }

    /// The interval's ends, cut at the values a difference can take (±100 points for a
    /// percentage; a count or a duration may change either way without bound).
    package var lower: Double { max(difference.lower, metric.differenceRange.lowerBound) }
    package var upper: Double { min(difference.upper, metric.differenceRange.upperBound) }

    /// Whether the interval leaves out zero: the data show a difference.
    package var isClear: Bool { !difference.contains(0) }

    /// The half-width of the unpaired (Welch) interval for the difference of two means.
    package static func welchHalfWidth(_ x: [Double], _ y: [Double], level: Double) -> Double {
        let tx = Tally(x), ty = Tally(y)
        guard tx.count > 1, ty.count > 1 else { return 0 }
        let vx = tx.variance / Double(tx.count), vy = ty.variance / Double(ty.count)
        let se2 = vx + vy
        guard se2 > 0 else { return 0 }
        let df = se2 * se2 / (vx * vx / Double(tx.count - 1) + vy * vy / Double(ty.count - 1))
        let t = StudentT.criticalValue(twoSidedTail: 1 - level, degreesOfFreedom: max(1, Int(df)))
        return t * se2.squareRoot()
    }
}
