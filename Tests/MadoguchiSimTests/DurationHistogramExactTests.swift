import Foundation
import Histogram
import Testing
@testable import MadoguchiSim

/// A DurationHistogram keeping its values exactly answers every percentile with the very
/// number the HDR histogram gives. Values are whole milliseconds, so the reference records
/// them as they are; the conversion from seconds is pinned separately, by hand.
@Suite struct DurationHistogramExactTests {
    static func reference(_ milliseconds: [UInt64]) -> Histogram<UInt64> {
        var h = DurationHistogram.makeHistogram()
        for ms in milliseconds { _ = h.record(ms) }
        return h
    }

    static let percentiles: [Double] = [0, 0.001, 1, 10, 25, 50, 66.6, 75, 90, 95, 99, 99.9, 100]

    /// Seconds to milliseconds: rounded to the nearest, within 0 … 30 days; the same in the
    /// exact values and, past `exactLimit`, in the HDR histogram.
    @Test(arguments: [(0.0004, 0), (0.0005, 0.001), (1.5, 1.5), (2.0005, 2.001), (-3, 0),
                      (2_592_000, 2_592_000), (3_888_000, 2_592_000)] as [(Double, Double)])  // 30 and 45 days
    func secondsBecomeWholeMilliseconds(seconds: Double, kept: Double) {
        var exact = DurationHistogram()
        exact.record(seconds: seconds)
        #expect(exact.histogram == nil)
        #expect(exact.percentile(100) == kept)
        var hdr = DurationHistogram()
        for _ in 0..<DurationHistogram.exactLimit { hdr.record(seconds: 0) }
        hdr.record(seconds: seconds)
        #expect(hdr.histogram != nil)
        #expect(hdr.percentile(100) == kept)
    }

    @Test(arguments: [1, 2, 3, 10, 150, 999, 4096])
    func sameAsTheHDRHistogram(count: Int) {
        var rng = Xoshiro256(seed: UInt64(count))
        let milliseconds = (0..<count).map { i -> UInt64 in
            // Zeros, a millisecond or two, a long tail.
            switch i % 4 {
            case 0: return 0
            case 1: return rng.next() % 3
            default: return UInt64(-log(1 - Double(rng.next() >> 11) * 0x1p-53) * 600_000)
            }
        }
        var h = DurationHistogram()
        for ms in milliseconds { h.record(seconds: Double(ms) / 1000) }
        #expect(h.histogram == nil)
        let reference = Self.reference(milliseconds)
        for p in Self.percentiles {
            #expect(h.percentile(p) == Double(reference.valueAtPercentile(p)) / 1000, "p\(p) of \(count)")
        }
        #expect(h.max == Double(reference.max) / 1000)
        #expect(h.count == count)
    }

    @Test func movesIntoTheHistogramBeyondTheLimitAndWhenMerged() {
        let milliseconds = (0..<(DurationHistogram.exactLimit + 10)).map { UInt64($0 % 977) * 1_370 }
        let seconds = milliseconds.map { Double($0) / 1000 }
        var whole = DurationHistogram()
        for s in seconds { whole.record(seconds: s) }
        #expect(whole.histogram != nil)
        var a = DurationHistogram(), b = DurationHistogram()
        for (i, s) in seconds.enumerated() { if i % 2 == 0 { a.record(seconds: s) } else { b.record(seconds: s) } }
        a.merge(b)
        let reference = Self.reference(milliseconds)
        for p in Self.percentiles {
            #expect(whole.percentile(p) == Double(reference.valueAtPercentile(p)) / 1000)
            #expect(a.percentile(p) == whole.percentile(p))
        }
        var small = DurationHistogram(), other = DurationHistogram()
        small.record(seconds: 3)
        other.record(seconds: 5)
        small.merge(other)
        #expect(small.histogram == nil && small.count == 2 && small.percentile(100) == 5)
    }
}
