import Foundation
import Histogram
import Testing
@testable import MadoguchiSim

/// A DurationHistogram keeping its values exactly answers every percentile with the very
/// number the HDR histogram gives.
@Suite struct DurationHistogramExactTests {
    static func reference(_ seconds: [Double]) -> Histogram<UInt64> {
        var h = DurationHistogram.makeHistogram()
        for s in seconds {
            let clamped: Double = Swift.max(0, Swift.min(s, 30 * 24 * 3600))
            _ = h.record(UInt64(clamped * 1000 + 0.5))
        }
        return h
    }

    static let percentiles: [Double] = [0, 0.001, 1, 10, 25, 50, 66.6, 75, 90, 95, 99, 99.9, 100]

    @Test(arguments: [1, 2, 3, 10, 150, 999, 4096])
    func sameAsTheHDRHistogram(count: Int) {
        var rng = Xoshiro256(seed: UInt64(count))
        let seconds = (0..<count).map { i -> Double in
            // Zeros, sub-millisecond values, a long tail.
            switch i % 4 {
            case 0: return 0
            case 1: return Double(rng.next() >> 11) * 0x1p-53 * 0.002
            default: return -log(1 - Double(rng.next() >> 11) * 0x1p-53) * 600
            }
        }
        var h = DurationHistogram()
        for s in seconds { h.record(seconds: s) }
        #expect(h.histogram == nil)
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
        #expect(whole.histogram != nil)
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
        #expect(small.histogram == nil && small.count == 2 && small.percentile(100) == 5)
    }
}
