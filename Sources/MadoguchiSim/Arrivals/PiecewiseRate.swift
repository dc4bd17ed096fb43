/// A non-homogeneous Poisson arrival process whose rate is constant within each segment
/// (hourly rates of a clinic morning).
///
/// Arrivals are drawn by inverting the integrated rate: one unit exponential per arrival,
/// spent across segments. Unlike thinning, whose draws depend on the rates, the n-th arrival
/// spends the n-th exponential of the stream whatever the profile, which keeps arrivals
/// aligned between scenarios compared with common numbers. The exponentials come from the
/// ziggurat: one 64-bit draw for 98.9 % of them, more for the rest, but how many depends on
/// the stream alone, not on the rates.
public struct PiecewiseRate: Sendable, Equatable {
    public struct Segment: Sendable, Equatable {
        public var start: Double
        public var end: Double
        /// Arrivals per second.
        public var rate: Double

        package init(start: Double, end: Double, rate: Double) {
            self.start = start
            self.end = end
            self.rate = rate
        }
    }

    public let segments: [Segment]

    /// Segments must be sorted and must not overlap; gaps have rate zero.
    package init(segments: [Segment]) {
        self.segments = segments.sorted { $0.start < $1.start }
    }

    package static func constant(ratePerSecond: Double, until end: Double) -> PiecewiseRate {
        PiecewiseRate(segments: [Segment(start: 0, end: end, rate: ratePerSecond)])
    }

    /// Expected number of arrivals over the whole profile.
    package var expectedArrivals: Double {
        segments.reduce(0) { $0 + $1.rate * ($1.end - $1.start) }
    }

    /// The next arrival strictly after `time`, or nil when the profile has ended.
    @inlinable public func nextArrival(after time: Double, _ rng: inout Xoshiro256) -> Double? {
        var hint = 0
        return nextArrival(after: time, &rng, segmentHint: &hint)
    }

    /// The same, starting the search at `segmentHint` (the segment of the previous arrival)
    /// and leaving there the segment of this one, so a long multi-day profile costs nothing.
    @inlinable public func nextArrival(after time: Double, _ rng: inout Xoshiro256, segmentHint: inout Int) -> Double? {
        var budget = rng.standardExponential()
        var t = time
        var i = segmentHint < segments.count && (segmentHint == 0 || segments[segmentHint - 1].end <= time) ? segmentHint : 0
        while i < segments.count {
            let segment = segments[i]
            defer { i += 1 }
            guard segment.end > t else { continue }
            if t < segment.start { t = segment.start }
            guard segment.rate > 0 else { continue }
            let needed = budget / segment.rate
            if t + needed < segment.end {
                segmentHint = i
                return t + needed
            }
            budget -= segment.rate * (segment.end - t)
            t = segment.end
        }
        return nil
    }
}
