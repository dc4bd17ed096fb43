/// Count, mean, variance, min and max of observations by Welford's method, which stays
/// accurate where the naive sum of squares loses every digit.
///
/// Stored under internal names so that `add`, on every model's hot path, can be inlined into
/// it; the public names read them.
public struct Tally: Sendable, Equatable {
    @usableFromInline var n: Int = 0
    @usableFromInline var runningMean: Double = 0
    @usableFromInline var m2: Double = 0
    @usableFromInline var smallest: Double = .infinity
    @usableFromInline var largest: Double = -.infinity

    package var count: Int { n }
    package var mean: Double { runningMean }
    package var min: Double { smallest }
    package var max: Double { largest }

    package init() {}

    package init<S: Sequence>(_ values: S) where S.Element == Double {
        for v in values { add(v) }
    }

    @inlinable @inline(__always) public mutating func add(_ x: Double) {
        n &+= 1
        let delta = x - runningMean
        runningMean += delta / Double(n)
        m2 += delta * (x - runningMean)
        if x < smallest { smallest = x }
        if x > largest { largest = x }
    }

    /// The sample variance (n − 1 in the denominator).
    package var variance: Double { count > 1 ? m2 / Double(count - 1) : 0 }
    package var standardDeviation: Double { variance.squareRoot() }

    /// Combines two tallies as if every observation had been added to one (Chan et al.).
    package mutating func merge(_ other: Tally) {
        guard other.count > 0 else { return }
        guard count > 0 else { self = other; return }
        let total = Double(count + other.count)
        let delta = other.mean - mean
        runningMean += delta * Double(other.count) / total
        m2 += other.m2 + delta * delta * Double(count) * Double(other.count) / total
        n += other.count
        smallest = Swift.min(smallest, other.min)
        largest = Swift.max(largest, other.max)
    }
}
