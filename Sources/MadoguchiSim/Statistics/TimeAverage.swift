/// The time-weighted average of a piecewise-constant quantity, such as the queue length,
/// which Little's law relates to the mean wait.
public struct TimeAverage: Sendable, Equatable {
    /// Stored under an internal name so that `set`, on the hot path, can be inlined.
    @usableFromInline var current: Double
    @usableFromInline var area: Double = 0
    @usableFromInline var since: Double
    public let start: Double

    package var value: Double { current }

    @inlinable public init(value: Double = 0, at start: Double = 0) {
        self.current = value
        self.start = start
        self.since = start
    }

    @inlinable public mutating func set(_ newValue: Double, at now: Double) {
        area += current * (now - since)
        since = now
        current = newValue
    }

    package func average(at now: Double) -> Double {
        let elapsed = now - start
        return elapsed > 0 ? (area + current * (now - since)) / elapsed : current
    }
}
