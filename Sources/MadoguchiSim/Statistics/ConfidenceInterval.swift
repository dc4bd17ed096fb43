/// A Student-t confidence interval for a mean, from independent replications.
package struct ConfidenceInterval: Sendable, Equatable, Codable {
    package let mean: Double
    package let halfWidth: Double
    package let count: Int
    package let level: Double

    package var lower: Double { mean - halfWidth }
    package var upper: Double { mean + halfWidth }

    package func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    package init(mean: Double, halfWidth: Double, count: Int, level: Double) {
        self.mean = mean
        self.halfWidth = halfWidth
        self.count = count
        self.level = level
    }

    /// The interval for the mean of `values`; with fewer than two values the half-width is
    /// zero, since no spread can be estimated.
    package init<S: Sequence>(_ values: S, level: Double = 0.95) where S.Element == Double {
        let tally = Tally(values)
        self.init(tally, level: level)
    }

    package init(_ tally: Tally, level: Double = 0.95) {
        mean = tally.count > 0 ? tally.mean : 0
        count = tally.count
        self.level = level
        if tally.count > 1 {
            let t = StudentT.criticalValue(twoSidedTail: 1 - level, degreesOfFreedom: tally.count - 1)
            halfWidth = t * tally.standardDeviation / Double(tally.count).squareRoot()
        } else {
            halfWidth = 0
        }
    }
}
