/// The time-weighted average of a piecewise-constant quantity, such as the queue length,
/// which Little's law relates to the mean wait.
package struct TimeAverage: Sendable, Equatable {
    package private(set) var value: Double
    @usableFromInline var area: Double = 0
    @usableFromInline var since: Double
    package let start: Double

    package init(value: Double = 0, at start: Double = 0) {
        self.value = value
        self.start = start
        self.since = start
    }

    package mutating func set(_ newValue: Double, at now: Double) {
        area += value * (now - since)
        since = now
        value = newValue
    }

    package func average(at now: Double) -> Double {
        let elapsed = now - start
        return elapsed > 0 ? (area + value * (now - since)) / elapsed : value
    }
}
