/// A Student-t confidence interval for a mean, from independent replications.
public struct ConfidenceInterval: Sendable, Equatable, Codable {
    public let mean: Double
    public let halfWidth: Double
    public let count: Int
    public let level: Double

    public var lower: Double { mean - halfWidth }
    public var upper: Double { mean + halfWidth }

    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    public init(mean: Double, halfWidth: Double, count: Int, level: Double) {
        self.mean = mean
        self.halfWidth = halfWidth
        self.count = count
        self.level = level
    }

    /// The interval for the mean of `values`; with fewer than two values the half-width is
    /// zero, since no spread can be estimated.
    public init<S: Sequence>(_ values: S, level: Double = 0.95) where S.Element == Double {
        let tally = Tally(values)
        self.init(tally, level: level)
    }

    public init(_ tally: Tally, level: Double = 0.95) {
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
