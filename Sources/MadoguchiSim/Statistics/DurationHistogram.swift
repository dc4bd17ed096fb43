import Histogram

/// Percentiles of durations in seconds, as an HDR histogram at millisecond resolution with
/// three significant digits gives them: memory stays fixed however many patients pass.
///
/// A clinic day records a few hundred durations, and an HDR histogram of this range costs
/// 190 KB of counts, allocated and zeroed per replication, and a percentile scans up to some
/// ten thousand of them. So the values are kept exactly until there are `exactLimit` of
/// them, and percentiles are then computed from them the way the HDR histogram would, to
/// the same number. Beyond the limit they are counted in the HDR histogram's buckets, indexed
/// here with its own arithmetic: `Histogram.record` costs about 100 instructions a value
/// through helpers it does not inline into callers, and a long run records millions.
/// Percentiles walk the counts as `Histogram.valueAtPercentile` does.
/// DurationHistogramExactTests holds both ways to the HDR histogram itself.
///
/// Sendable though its counts are a class's buffer: like an array's, they are never written
/// while another copy holds them (`makeUnique`), so a copy sent away does not change.
public struct DurationHistogram: @unchecked Sendable {
    @usableFromInline var exact: [UInt64] = []
    /// Once overflowed: values counted per bucket, their number, the largest value and the
    /// smallest one above zero, as the HDR histogram keeps them. The counts are written
    /// without a check for sharing by `recordInUnique`, whose caller made them unique
    /// (`makeUnique()`) since the histogram was last copied: the clinic model, once per run of
    /// events, as it does its `SlotArray`s. The check was a call into the runtime for every
    /// value, two a patient. Every other write checks; debug builds check them all.
    @usableFromInline var buckets: ElementBuffer<UInt64>?
    @usableFromInline var total: UInt64 = 0
    @usableFromInline var largest: UInt64 = 0
    @usableFromInline var smallestNonZero: UInt64 = .max
    @usableFromInline var overflowed = false

    /// More values than this are counted in buckets.
    public static let exactLimit = 4096

    /// The histogram's layout: answers which values share a bucket, never records.
    static let layout = Histogram<UInt64>(lowestDiscernibleValue: 1, highestTrackableValue: highest,
                                          numberOfSignificantValueDigits: .three)
    /// Thirty days in milliseconds; longer durations count as this.
    static let highest: UInt64 = 30 * 24 * 3_600_000

    package init() {}

    @inlinable @inline(__always) public mutating func record(seconds: Double) {
        record(seconds: seconds, unique: false)
    }

    /// `record` for a histogram made unique since it was last copied.
    @inlinable @inline(__always) package mutating func recordInUnique(seconds: Double) {
        record(seconds: seconds, unique: true)
    }

    /// Gives the counts a buffer of their own if they share one with a copy.
    @inlinable package mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&buckets), let shared = buckets { buckets = shared.copy(growing: false) }
    }

    @inlinable @inline(__always) mutating func record(seconds: Double, unique: Bool) {
        // Through Int64, the same truncation: converting to UInt64 takes eight instructions
        // for values up to 2⁶⁴, and these stay below 2³².
        let ms = UInt64(bitPattern: Int64(Swift.max(0, Swift.min(seconds, 30 * 24 * 3600)) * 1000 + 0.5))
        if overflowed {
            if !unique { makeUnique() }
            countInBucket(ms)
        } else if exact.count < Self.exactLimit {
            exact.append(ms)
        } else {
            overflow()
            countInBucket(ms)
        }
    }

    /// `Histogram.countsIndexForValue` for this layout (lowest discernible value 1, three
    /// significant digits): values below 2,048 each have a bucket; above, 1,024 buckets per
    /// power of two, each twice as wide as the one before.
    @inlinable @inline(__always) static func bucket(_ value: UInt64) -> Int {
        let power = 53 - (value | 2047).leadingZeroBitCount
        return (power << 10) + Int(truncatingIfNeeded: value >> UInt64(power))
    }

    /// The lowest value counted in `bucket`: `Histogram.valueFromIndex`.
    static func lowestValue(inBucket bucket: Int) -> UInt64 {
        let power = Swift.max(0, (bucket >> 10) - 1)
        let sub = power == 0 ? bucket : (bucket & 1023) + 1024
        return UInt64(sub) << UInt64(power)
    }

    /// Counts a value no larger than `highest` (every value recorded is clamped to it), so
    /// its bucket is in range. The buckets must be unique.
    @inlinable @inline(__always) mutating func countInBucket(_ ms: UInt64) {
        assert(isKnownUniquelyReferenced(&buckets), "a histogram's counts written while shared")
        let bucket = Self.bucket(ms)
        buckets.unsafelyUnwrapped.withUnsafeMutablePointers { header, counts in
            assert(bucket < header.pointee.count)
            counts[bucket] &+= 1
        }
        total &+= 1
        if ms > largest { largest = ms }
        if ms != 0 && ms < smallestNonZero { smallestNonZero = ms }
    }

    @usableFromInline mutating func overflow() {
        overflowed = true
        buckets = ElementBuffer.make(repeating: 0, count: Self.bucket(Self.highest) + 1)
        for value in exact { countInBucket(value) }
        exact = []
    }

    package var count: Int { overflowed ? Int(total) : exact.count }

    /// Reads the counts per bucket, once overflowed.
    func withCounts<Result>(_ body: (UnsafeBufferPointer<UInt64>) -> Result) -> Result {
        buckets.unsafelyUnwrapped.withUnsafeMutablePointers { header, counts in
            body(UnsafeBufferPointer(start: counts, count: header.pointee.count))
        }
    }

    /// The value below which `percentile` % of the observations fall, in seconds.
    package func percentile(_ percentile: Double) -> Double {
        guard count > 0 else { return 0 }
        if overflowed { return Double(bucketPercentile(percentile)) / 1000 }
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
        let value = sorted[Int(Swift.min(rank(percentile, of: UInt64(sorted.count)), UInt64(sorted.count))) - 1]
        return Swift.max(Swift.min(layout.highestEquivalentForValue(value), largest), smallest)
    }

    /// The same from the bucket counts, as `Histogram.valueAtPercentile` walks them.
    func bucketPercentile(_ percentile: Double) -> UInt64 {
        let smallest = withCounts { $0[0] } > 0 ? 0 : smallestNonZero
        guard percentile != 0 else { return smallest }
        guard percentile < 100 else { return largest }
        let wanted = Self.rank(percentile, of: total)
        var running: UInt64 = 0
        let bucket = withCounts { counts in
            counts.firstIndex { running += $0; return running >= wanted }
        }
        guard let bucket else { return 0 }
        let top = Self.layout.highestEquivalentForValue(Self.lowestValue(inBucket: bucket))
        return Swift.max(Swift.min(top, largest), smallest)
    }

    /// How many values the percentile covers, rounded up, at least one; one ulp is taken
    /// off first so that round-off does not reach into the next value.
    static func rank(_ percentile: Double, of count: UInt64) -> UInt64 {
        let requested = Swift.min(Swift.max(percentile.nextDown, 0), 100)
        return Swift.max(1, UInt64((requested * Double(count) / 100).rounded(.up)))
    }

    package var max: Double {
        let top = overflowed ? largest : exact.max() ?? 0
        return top == 0 ? 0 : Double(Self.layout.highestEquivalentForValue(top)) / 1000
    }

    package mutating func merge(_ other: DurationHistogram) {
        if !overflowed, !other.overflowed, exact.count + other.exact.count <= Self.exactLimit {
            exact += other.exact
            return
        }
        if overflowed { makeUnique() } else { overflow() }
        guard other.overflowed else {
            for value in other.exact { countInBucket(value) }
            return
        }
        other.withCounts { theirs in
            buckets.unsafelyUnwrapped.withUnsafeMutablePointerToElements { ours in
                for bucket in theirs.indices { ours[bucket] &+= theirs[bucket] }
            }
        }
        total &+= other.total
        largest = Swift.max(largest, other.largest)
        smallestNonZero = Swift.min(smallestNonZero, other.smallestNonZero)
    }
}
