import Histogram

/// Percentiles of durations in seconds, kept in an HDR histogram at millisecond resolution
/// with three significant digits: memory stays fixed however many patients pass.
public struct DurationHistogram: Sendable {
    @usableFromInline var histogram = Histogram<UInt64>(
        lowestDiscernibleValue: 1, highestTrackableValue: 30 * 24 * 3_600_000, numberOfSignificantValueDigits: .three)

    public init() {}

    @inlinable public mutating func record(seconds: Double) {
        let ms = UInt64(Swift.max(0, Swift.min(seconds, 30 * 24 * 3600)) * 1000 + 0.5)
        _ = histogram.record(ms)
    }

    public var count: Int { Int(histogram.totalCount) }

    /// The value below which `percentile` % of the observations fall, in seconds.
    public func percentile(_ percentile: Double) -> Double {
        count == 0 ? 0 : Double(histogram.valueAtPercentile(percentile)) / 1000
    }

    public var max: Double { count == 0 ? 0 : Double(histogram.max) / 1000 }

    public mutating func merge(_ other: DurationHistogram) {
        histogram.add(other.histogram)
    }
}
