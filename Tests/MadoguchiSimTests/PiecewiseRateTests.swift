import MadoguchiSim
import MadoguchiTestSupport
import Testing

@Suite struct PiecewiseRateTests {
    /// A morning: 20 patients in the first hour, a gap (no segment) of half an hour, 40 in
    /// the next hour, then an explicit half hour at rate zero.
    static let profile = PiecewiseRate(segments: [
        .init(start: 5_400, end: 9_000, rate: 40.0 / 3_600),
        .init(start: 0, end: 3_600, rate: 20.0 / 3_600),
        .init(start: 9_000, end: 10_800, rate: 0),
    ])
    static let windows: [(start: Double, end: Double, expected: Double)] = [
        (0, 3_600, 20), (3_600, 5_400, 0), (5_400, 9_000, 40), (9_000, 10_800, 0),
    ]

    static func arrivals(replication: Int) -> [Double] {
        var rng = RandomStreams(seed: 12).generator(replication: replication, purpose: 1)
        var times: [Double] = []
        var t = 0.0
        while let next = profile.nextArrival(after: t, &rng) {
            times.append(next)
            t = next
        }
        return times
    }

    @Test func expectedArrivalsSumsTheSegments() {
        #expect(abs(Self.profile.expectedArrivals - 60) < 1e-9)
    }

    /// Poisson counts: over 1 000 replications, the mean count and the mean squared deviation
    /// from the expected count (the variance, since the mean is known) both contain it.
    @Test func countsPerSegmentArePoisson() {
        var counts = Array(repeating: [Double](), count: Self.windows.count)
        for replication in 0..<1_000 {
            let times = Self.arrivals(replication: replication)
            #expect(zip(times, times.dropFirst()).allSatisfy { $0 < $1 })
            for (i, w) in Self.windows.enumerated() {
                counts[i].append(Double(times.filter { $0 >= w.start && $0 < w.end }.count))
            }
        }
        // Two windows with arrivals, a mean and a variance each: the family's four checks.
        #expect(Self.windows.filter { $0.expected > 0 }.count * 2 == StatisticalDesign.Check.poissonCounts.intervals)
        for (i, w) in Self.windows.enumerated() {
            if w.expected == 0 {
                #expect(counts[i].allSatisfy { $0 == 0 }, "arrivals in the gap \(w.start)–\(w.end)")
                continue
            }
            let mean = StatisticalDesign.interval(counts[i])
            let variance = StatisticalDesign.interval(counts[i].map { ($0 - w.expected) * ($0 - w.expected) })
            #expect(mean.contains(w.expected), "mean [\(mean.lower), \(mean.upper)] for \(w.expected)")
            #expect(variance.contains(w.expected), "variance [\(variance.lower), \(variance.upper)] for \(w.expected)")
        }
    }

    @Test func nothingAfterTheEnd() {
        var rng = Xoshiro256(seed: 4)
        #expect(Self.profile.nextArrival(after: 9_000, &rng) == nil)
        #expect(Self.profile.nextArrival(after: 20_000, &rng) == nil)
        #expect(PiecewiseRate(segments: []).nextArrival(after: 0, &rng) == nil)
    }

    /// Each arrival spends the stream's next exponential, from the ziggurat.
    @Test func eachArrivalSpendsTheNextExponential() {
        let rate = 0.25
        let profile = PiecewiseRate.constant(ratePerSecond: rate, until: 1_000_000)
        var a = Xoshiro256(seed: 8)
        var b = a
        var t = 0.0
        var mismatches = 0
        for _ in 0..<1_000 {
            let next = profile.nextArrival(after: t, &a)
            let expected = t + b.standardExponential() / rate
            if next != expected { mismatches += 1 }
            t = expected
        }
        #expect(mismatches == 0)
    }

    /// A constant rate is a homogeneous Poisson process: exponential gaps of mean 1/rate.
    @Test func constantRateGivesExponentialGaps() {
        let profile = PiecewiseRate.constant(ratePerSecond: 0.5, until: 1_000_000)
        var rng = Xoshiro256(seed: 6)
        var gaps: [Double] = []
        var t = 0.0
        while let next = profile.nextArrival(after: t, &rng) {
            gaps.append(next - t)
            t = next
        }
        let ci = StatisticalDesign.interval(gaps)
        #expect(ci.contains(2), "[\(ci.lower), \(ci.upper)]")
    }
}
