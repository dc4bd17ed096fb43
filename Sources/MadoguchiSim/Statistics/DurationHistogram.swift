import Histogram

/// Percentiles of durations in seconds, as an HDR histogram at millisecond resolution with
/// three significant digits gives them: memory stays fixed however many patients pass.
///
/// A clinic day records a few hundred durations, and an HDR histogram of this range costs
/// 360 KB of counts, allocated and zeroed per replication, and a percentile scans up to some
/// ten thousand of them through unspecialised generic code (about 0.1 ms each). So the
/// values are kept exactly until there are `exactLimit` of them, and percentiles are then
/// computed from them the way the HDR histogram would, to the same number; beyond the limit
/// they move into the histogram.
public struct DurationHistogram: Sendable {
    @usableFromInline var exact: [UInt64] = []
    @usableFromInline var histogram: Histogram<UInt64>?
    /// Whether `histogram` is in use; testing the optional itself would copy the histogram
    /// (and retain its storage) on every record.
    @usableFromInline var overflowed = false

    /// More values than this go into the HDR histogram.
    public static let exactLimit = 4096

    /// The histogram's layout: answers which values share a bucket, never records.
    @usableFromInline static let layout = makeHistogram()

    static func makeHistogram() -> Histogram<UInt64> {
        Histogram<UInt64>(lowestDiscernibleValue: 1, highestTrackableValue: 30 * 24 * 3_600_000, numberOfSignificantValueDigits: .three)
    }

    public init() {}

    @inlinable public mutating func record(seconds: Double) {
        let ms = UInt64(Swift.max(0, Swift.min(seconds, 30 * 24 * 3600)) * 1000 + 0.5)
        if !overflowed && exact.count < Self.exactLimit {
            exact.append(ms)
        } else {
            record(milliseconds: ms)
        }
    }

    @usableFromInline mutating func record(milliseconds ms: UInt64) {
        moveIntoHistogram()
        _ = histogram!.record(ms)
    }

    mutating func moveIntoHistogram() {
        guard !overflowed else { return }
        overflowed = true
        var h = Self.makeHistogram()
        for value in exact { _ = h.record(value) }
        histogram = h
        exact = []
    }

    public var count: Int { histogram.map { Int($0.totalCount) } ?? exact.count }

    /// The value below which `percentile` % of the observations fall, in seconds.
    public func percentile(_ percentile: Double) -> Double {
        guard count > 0 else { return 0 }
        if let histogram { return Double(histogram.valueAtPercentile(percentile)) / 1000 }
        return Double(Self.hdrPercentile(percentile, sorted: exact.sorted())) / 1000
    }

    /// `Histogram.valueAtPercentile` computed from the recorded values themselves: the value
    /// whose rank the percentile asks for, raised to the top of its bucket, within the
    /// recorded minimum and maximum.
    static func hdrPercentile(_ percentile: Double, sorted: [UInt64]) -> UInt64 {
        let smallest = sorted.first == 0 ? 0 : sorted.first { $0 != 0 } ?? 0
        guard percentile != 0 else { return smallest }
        let largest = sorted.last!
        guard percentile < 100 else { return largest }
        let requested = Swift.min(Swift.max(percentile.nextDown, 0), 100)
        let rank = Swift.max(1, UInt64((requested * Double(sorted.count) / 100).rounded(.up)))
        let value = sorted[Int(Swift.min(rank, UInt64(sorted.count))) - 1]
        return Swift.max(Swift.min(layout.highestEquivalentForValue(value), largest), smallest)
    }

    public var max: Double {
        if let histogram { return count == 0 ? 0 : Double(histogram.max) / 1000 }
        guard let largest = exact.max() else { return 0 }
        return largest == 0 ? 0 : Double(Self.layout.highestEquivalentForValue(largest)) / 1000
    }

    public mutating func merge(_ other: DurationHistogram) {
        if !overflowed, !other.overflowed, exact.count + other.exact.count <= Self.exactLimit {
            exact += other.exact
            return
        }
        moveIntoHistogram()
        if let otherHistogram = other.histogram {
            histogram!.add(otherHistogram)
        } else {
            for value in other.exact { _ = histogram!.record(value) }
        }
    }
}
