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
/// A long run's counts span some hundred kilobytes per histogram, and the clinic keeps
/// seventeen: a count written as each patient left missed the cache and held up the model
/// behind it (9 % of the clinic benchmark's time, by perf's samples). So a value is first
/// noted in a short list at the end of the same buffer, and the list is counted when full,
/// in a loop whose writes do not wait on one another (3.5–4.6 % of the time). Reads take
/// the list into account: a percentile is read from a copy with the list counted (`settled`).
///
/// Sendable though its counts are a class's buffer: like an array's, they are never written
/// while another copy holds them (`makeUnique`), so a copy sent away does not change.
public struct DurationHistogram: @unchecked Sendable {
    @usableFromInline var exact: [UInt64] = []
    /// Once overflowed: `bucketCount` counts, then room for `pendingLimit` values noted and
    /// not yet counted, the first `pending` of them in use. The buffer is written without a
    /// check for sharing by `recordInUnique`, whose caller made it unique (`makeUnique()`)
    /// since the histogram was last copied: the clinic model, once per run of events, as it
    /// does its `SlotArray`s. The check was a call into the runtime for every value, two a
    /// patient. Every other write checks; debug builds check them all.
    @usableFromInline var buckets: ElementBuffer<UInt64>?
    @usableFromInline var pending = 0
    /// The values counted, the largest and the smallest above zero, as the HDR histogram
    /// keeps them; the noted values are not among them yet.
    @usableFromInline var total: UInt64 = 0
    @usableFromInline var largest: UInt64 = 0
    @usableFromInline var smallestNonZero: UInt64 = .max
    @usableFromInline var overflowed = false

    /// More values than this are counted in buckets.
    public static let exactLimit = 4096

    /// The histogram's layout: answers which values share a bucket, never records.
    static let layout = Histogram<UInt64>(lowestDiscernibleValue: 1, highestTrackableValue: highest,
                                          numberOfSignificantValueDigits: .three)
    /// Thirty days in milliseconds; longer durations count as this. (Computed constants,
    /// unlike a `static let` of a computed value, a lazy global checked at every use, are
    /// folded where they are used.)
    @inlinable static var highest: UInt64 { 30 * 24 * 3_600_000 }
    @inlinable static var bucketCount: Int { bucket(highest) + 1 }
    /// Values noted before they are counted: enough that the misses of one count overlap
    /// those of the next.
    @inlinable static var pendingLimit: Int { 64 }

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
            note(ms)
        } else if exact.count < Self.exactLimit {
            exact.append(ms)
        } else {
            overflow()
            note(ms)
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

    /// Notes a value to be counted with the next `pendingLimit`. The buffer must be unique.
    @inlinable @inline(__always) mutating func note(_ ms: UInt64) {
        assert(isKnownUniquelyReferenced(&buckets), "a histogram's counts written while shared")
        buckets.unsafelyUnwrapped.withUnsafeMutablePointerToElements { elements in
            elements[Self.bucketCount &+ pending] = ms
        }
        pending &+= 1
        if pending == Self.pendingLimit { countPending() }
    }

    /// Counts the noted values. The buffer must be unique.
    @usableFromInline mutating func countPending() {
        buckets.unsafelyUnwrapped.withUnsafeMutablePointerToElements { elements in
            for i in Self.bucketCount..<(Self.bucketCount + pending) { add(elements[i], to: elements) }
        }
        pending = 0
    }

    /// Counts a value no larger than `highest` (every value recorded is clamped to it), so
    /// its bucket is in range.
    mutating func add(_ ms: UInt64, to counts: UnsafeMutablePointer<UInt64>) {
        let bucket = Self.bucket(ms)
        assert(bucket < Self.bucketCount)
        counts[bucket] &+= 1
        total &+= 1
        if ms > largest { largest = ms }
        // ms − 1 wraps to the largest value for 0, so a zero is never the smallest above zero,
        // without a branch on whether it is one (as often as not in a clinic's waits).
        if ms &- 1 < smallestNonZero &- 1 { smallestNonZero = ms }
    }

    @usableFromInline mutating func overflow() {
        overflowed = true
        buckets = ElementBuffer.make(repeating: 0, count: Self.bucketCount + Self.pendingLimit)
        buckets.unsafelyUnwrapped.withUnsafeMutablePointerToElements { counts in
            for value in exact { add(value, to: counts) }
        }
        exact = []
    }

    /// This histogram with its noted values counted, in a buffer of its own if there were any.
    func settled() -> DurationHistogram {
        guard pending > 0 else { return self }
        var copy = self
        copy.buckets = buckets.unsafelyUnwrapped.copy(growing: false)
        copy.countPending()
        return copy
    }

    package var count: Int { overflowed ? Int(total) + pending : exact.count }

    /// Reads the counts per bucket of a histogram overflowed and settled.
    func withCounts<Result>(_ body: (UnsafeBufferPointer<UInt64>) -> Result) -> Result {
        assert(pending == 0)
        return buckets.unsafelyUnwrapped.withUnsafeMutablePointerToElements { counts in
            body(UnsafeBufferPointer(start: counts, count: Self.bucketCount))
        }
    }

    /// Reads the values noted and not yet counted, once overflowed.
    func withPending<Result>(_ body: (UnsafeBufferPointer<UInt64>) -> Result) -> Result {
        buckets.unsafelyUnwrapped.withUnsafeMutablePointerToElements { elements in
            body(UnsafeBufferPointer(start: elements + Self.bucketCount, count: pending))
        }
    }

    /// The value below which `percentile` % of the observations fall, in seconds.
    package func percentile(_ percentile: Double) -> Double {
        guard count > 0 else { return 0 }
        if overflowed { return Double(settled().bucketPercentile(percentile)) / 1000 }
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

    /// The same from the bucket counts, as `Histogram.valueAtPercentile` walks them, for a
    /// settled histogram.
    func bucketPercentile(_ percentile: Double) -> UInt64 {
        withCounts { counts in
            let smallest = counts[0] > 0 ? 0 : smallestNonZero
            guard percentile != 0 else { return smallest }
            guard percentile < 100 else { return largest }
            let wanted = Self.rank(percentile, of: total)
            var running: UInt64 = 0
            guard let bucket = counts.firstIndex(where: { running += $0; return running >= wanted }) else { return 0 }
            let top = Self.layout.highestEquivalentForValue(Self.lowestValue(inBucket: bucket))
            return Swift.max(Swift.min(top, largest), smallest)
        }
    }

    /// How many values the percentile covers, rounded up, at least one; one ulp is taken
    /// off first so that round-off does not reach into the next value.
    static func rank(_ percentile: Double, of count: UInt64) -> UInt64 {
        let requested = Swift.min(Swift.max(percentile.nextDown, 0), 100)
        return Swift.max(1, UInt64((requested * Double(count) / 100).rounded(.up)))
    }

    package var max: Double {
        let top = overflowed ? withPending { $0.reduce(largest, Swift.max) } : exact.max() ?? 0
        return top == 0 ? 0 : Double(Self.layout.highestEquivalentForValue(top)) / 1000
    }

    package mutating func merge(_ other: DurationHistogram) {
        if !overflowed, !other.overflowed, exact.count + other.exact.count <= Self.exactLimit {
            exact += other.exact
            return
        }
        if overflowed { makeUnique() } else { overflow() }
        // Their values outside buckets (all of them, or those noted and not yet counted), then
        // their buckets.
        let loose = other.overflowed ? other.withPending(Array.init) : other.exact
        buckets.unsafelyUnwrapped.withUnsafeMutablePointerToElements { ours in
            for value in loose { add(value, to: ours) }
            guard other.overflowed else { return }
            other.buckets.unsafelyUnwrapped.withUnsafeMutablePointerToElements { theirs in
                for bucket in 0..<Self.bucketCount { ours[bucket] &+= theirs[bucket] }
            }
        }
        guard other.overflowed else { return }
        total &+= other.total
        largest = Swift.max(largest, other.largest)
        smallestNonZero = Swift.min(smallestNonZero, other.smallestNonZero)
    }
}
