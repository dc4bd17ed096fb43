/// The time-weighted average of a piecewise-constant quantity, such as the queue length,
/// which Little's law relates to the mean wait.
public struct TimeAverage: Sendable, Equatable {
    public private(set) var value: Double
    @usableFromInline var area: Double = 0
    @usableFromInline var since: Double
    public let start: Double

    public init(value: Double = 0, at start: Double = 0) {
        self.value = value
        self.start = start
        self.since = start
    }

    public mutating func set(_ newValue: Double, at now: Double) {
        area += value * (now - since)
        since = now
        value = newValue
    }

    public func average(at now: Double) -> Double {
        let elapsed = now - start
        return elapsed > 0 ? (area + value * (now - since)) / elapsed : value
    }
}
