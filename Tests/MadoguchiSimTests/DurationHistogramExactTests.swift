import Foundation
import Histogram
import Testing
@testable import MadoguchiSim

/// A DurationHistogram keeping its values exactly, or counting them in buckets beyond its
/// limit, answers every percentile with the very number the HDR histogram gives.
@Suite struct DurationHistogramExactTests {
    static func reference(_ seconds: [Double]) -> Histogram<UInt64> {
        var h = Histogram<UInt64>(lowestDiscernibleValue: 1, highestTrackableValue: 30 * 24 * 3_600_000,
                                  numberOfSignificantValueDigits: .three)
        for s in seconds {
            let clamped: Double = Swift.max(0, Swift.min(s, 30 * 24 * 3600))
            _ = h.record(UInt64(clamped * 1000 + 0.5))
        }
        return h
    }

    static let percentiles: [Double] = [0, 0.001, 1, 10, 25, 50, 66.6, 75, 90, 95, 99, 99.9, 100]

    /// Zeros, sub-millisecond values, a long tail, and now and then more than thirty days.
    static func durations(_ count: Int) -> [Double] {
        var rng = Xoshiro256(seed: UInt64(count))
        return (0..<count).map { i -> Double in
            switch i % 4 {
            case 0: return i % 1000 == 0 ? 4e6 : 0
            case 1: return Double(rng.next() >> 11) * 0x1p-53 * 0.002
            default: return -log(1 - Double(rng.next() >> 11) * 0x1p-53) * 600
            }
        }
    }

    /// Seconds to milliseconds, pinned by hand rather than by repeating the conversion:
    /// rounded to the nearest, clamped to 0 … 30 days; the same exactly and in buckets.
    @Test(arguments: [(0.0004, 0), (0.0005, 0.001), (1.5, 1.5), (2.0005, 2.001), (-3, 0),
                      (2_592_000, 2_592_000), (3_888_000, 2_592_000)] as [(Double, Double)])  // 30 and 45 days
    func secondsBecomeWholeMilliseconds(seconds: Double, kept: Double) {
        var exact = DurationHistogram()
        exact.record(seconds: seconds)
        #expect(!exact.overflowed)
        #expect(exact.percentile(100) == kept)
        var counted = DurationHistogram()
        for _ in 0..<DurationHistogram.exactLimit { counted.record(seconds: 0) }
        counted.record(seconds: seconds)
        #expect(counted.overflowed)
        #expect(counted.percentile(100) == kept)
    }

    /// Beyond the limit, values are counted in batches of `pendingLimit`: counts just
    /// before, at and after a batch, and with many batches.
    @Test(arguments: [1, 2, 3, 10, 150, 999, 4096, 4097, 4096 + 63, 4096 + 64, 4096 + 65, 50_000])
    func sameAsTheHDRHistogram(count: Int) {
        let seconds = Self.durations(count)
        var h = DurationHistogram()
        for s in seconds { h.record(seconds: s) }
        #expect(h.overflowed == (count > DurationHistogram.exactLimit))
        let reference = Self.reference(seconds)
        for p in Self.percentiles {
            #expect(h.percentile(p) == Double(reference.valueAtPercentile(p)) / 1000, "p\(p) of \(count)")
        }
        #expect(h.max == Double(reference.max) / 1000)
        #expect(h.count == count)
    }

    @Test func movesIntoTheHistogramBeyondTheLimitAndWhenMerged() {
        let seconds = (0..<(DurationHistogram.exactLimit + 10)).map { Double($0 % 977) * 1.37 }
        var whole = DurationHistogram()
        for s in seconds { whole.record(seconds: s) }
        #expect(whole.overflowed)
        var a = DurationHistogram(), b = DurationHistogram()
        for (i, s) in seconds.enumerated() { if i % 2 == 0 { a.record(seconds: s) } else { b.record(seconds: s) } }
        a.merge(b)
        let reference = Self.reference(seconds)
        for p in Self.percentiles {
            #expect(whole.percentile(p) == Double(reference.valueAtPercentile(p)) / 1000)
            #expect(a.percentile(p) == whole.percentile(p))
        }
        var small = DurationHistogram(), other = DurationHistogram()
        small.record(seconds: 3)
        other.record(seconds: 5)
        small.merge(other)
        #expect(!small.overflowed && small.count == 2 && small.percentile(100) == 5)

        // Both halves beyond the limit: the buckets are added.
        let many = Self.durations(3 * DurationHistogram.exactLimit + 30)
        var c = DurationHistogram(), d = DurationHistogram(), all = DurationHistogram()
        for (i, s) in many.enumerated() {
            if i % 3 == 0 { c.record(seconds: s) } else { d.record(seconds: s) }
            all.record(seconds: s)
        }
        #expect(c.overflowed && d.overflowed)
        c.merge(d)
        let manyReference = Self.reference(many)
        for p in Self.percentiles {
            #expect(c.percentile(p) == Double(manyReference.valueAtPercentile(p)) / 1000, "p\(p)")
        }
        #expect(c.max == all.max && c.count == all.count)
    }

    /// A copy taken while values wait to be counted keeps its percentiles when the original
    /// records on, and reading them changes neither.
    @Test func aCopyKeepsItsValuesWhileTheOriginalRecordsOn() {
        let first = Self.durations(DurationHistogram.exactLimit + 30)
        var h = DurationHistogram()
        for s in first { h.record(seconds: s) }
        #expect(h.pending == 30)
        let copy = h
        let before = Self.percentiles.map { copy.percentile($0) }
        for _ in 0..<100 { h.record(seconds: 4e6) }
        #expect(Self.percentiles.map { copy.percentile($0) } == before)
        #expect(copy.count == first.count && copy.max == Double(Self.reference(first).max) / 1000)
        let reference = Self.reference(first + Array(repeating: 4e6, count: 100))
        for p in Self.percentiles {
            #expect(h.percentile(p) == Double(reference.valueAtPercentile(p)) / 1000, "p\(p)")
        }
        #expect(h.count == first.count + 100 && h.pending == (30 + 100) % DurationHistogram.pendingLimit)
    }

    /// The bucket arithmetic is the HDR histogram's: a value's bucket starts at the lowest
    /// value the histogram holds equivalent to it, across every power of two in range.
    @Test func bucketsAreTheHistogramsBuckets() {
        let layout = Self.reference([])
        var values: [UInt64] = Array(0...4100)
        for power in 11..<32 {
            let base: UInt64 = 1 << power
            values += [base - 1, base, base + 1, base + base / 3, base * 2 - 1]
        }
        values.append(DurationHistogram.highest)
        for v in values {
            let bucket = DurationHistogram.bucket(v)
            #expect(DurationHistogram.lowestValue(inBucket: bucket) == layout.lowestEquivalentForValue(v), "\(v)")
            #expect(DurationHistogram.bucket(layout.highestEquivalentForValue(v)) == bucket, "\(v)")
        }
    }
}
