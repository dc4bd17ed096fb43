import MadoguchiSim
import Testing

@Suite struct StatisticsTests {
    static func values(_ n: Int, seed: UInt64) -> [Double] {
        var rng = Xoshiro256(seed: seed)
        return (0..<n).map { _ in Distribution.lognormal(mean: 1000, cv: 0.01).sample(&rng) }
    }

    /// Merging tallies equals adding every value to one, even for values with a large mean and
    /// a small spread, where a naive sum of squares would lose the variance.
    @Test(arguments: [0, 1, 500, 999, 1000])
    func tallyMergeEqualsOneTally(split: Int) {
        let all = Self.values(1000, seed: 8)
        let whole = Tally(all)
        var merged = Tally(all[..<split])
        merged.merge(Tally(all[split...]))
        #expect(merged.count == whole.count)
        #expect(abs(merged.mean - whole.mean) <= 1e-12 * whole.mean)
        #expect(abs(merged.variance - whole.variance) <= 1e-9 * whole.variance)
        #expect(merged.min == whole.min && merged.max == whole.max)
    }

    @Test func tallyVarianceIsTheSampleVariance() {
        let t = Tally([2, 4, 4, 4, 5, 5, 7, 9])
        #expect(t.mean == 5)
        #expect(abs(t.variance - 32.0 / 7) < 1e-12)
        #expect(Tally().variance == 0 && Tally([3]).variance == 0)
    }

    @Test func confidenceIntervalUsesStudentT() {
        let ci = ConfidenceInterval([1, 2, 3, 4, 5])
        let expected = StudentT.criticalValue(twoSidedTail: 0.05, degreesOfFreedom: 4) * 2.5.squareRoot() / 5.0.squareRoot()
        #expect(ci.mean == 3 && ci.count == 5)
        #expect(abs(ci.halfWidth - expected) < 1e-12)
        #expect(abs(ci.halfWidth - 1.963) < 0.001)
        #expect(ConfidenceInterval([4]).halfWidth == 0)
    }

    @Test func timeAverageWeighsByDuration() {
        var average = TimeAverage(value: 0, at: 10)
        average.set(2, at: 12)
        average.set(5, at: 13)
        // 0 for 2 s, 2 for 1 s, 5 for 2 s over 5 s.
        #expect(average.average(at: 15) == 12.0 / 5)
        #expect(TimeAverage(value: 3, at: 1).average(at: 1) == 3)
    }

    /// HDR keeps three significant digits at millisecond resolution: a percentile may be off by
    /// one part in a thousand plus the half-millisecond rounding.
    @Test func histogramPercentilesWithinThreeSignificantDigits() {
        var histogram = DurationHistogram()
        for ms in 1...100_000 { histogram.record(seconds: Double(ms) / 1000) }
        #expect(histogram.count == 100_000)
        for (p, exact) in [(50.0, 50.0), (90, 90), (99, 99), (99.9, 99.9)] {
            let value = histogram.percentile(p)
            #expect(abs(value - exact) <= exact * 1e-3 + 0.0005, "p\(p): \(value) vs \(exact)")
        }
        #expect(abs(histogram.max - 100) <= 0.1)
        #expect(DurationHistogram().percentile(50) == 0)
    }

    @Test func histogramMergeEqualsOneHistogram() {
        var a = DurationHistogram(), b = DurationHistogram(), whole = DurationHistogram()
        for (i, v) in Self.values(2000, seed: 3).enumerated() {
            let seconds = v / 100
            if i % 3 == 0 { a.record(seconds: seconds) } else { b.record(seconds: seconds) }
            whole.record(seconds: seconds)
        }
        a.merge(b)
        #expect(a.count == whole.count)
        for p in [1.0, 25, 50, 75, 99, 100] {
            #expect(a.percentile(p) == whole.percentile(p))
        }
    }
}
