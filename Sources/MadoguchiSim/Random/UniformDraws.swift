/// Uniform draws and chances from any generator, xoshiro256** and SplitMix64 alike: inlined,
/// they are specialised for each.
extension RandomNumberGenerator {
    /// A double in [0, 1) from the top 53 bits.
    @inlinable @inline(__always) public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A double in (0, 1): safe for logarithms and quantile functions.
    @inlinable @inline(__always) public mutating func openUnit() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }

    /// True with probability `p`.
    @inlinable @inline(__always) public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// True with the prepared probability; the same draw and answer as `chance(_: Double)`.
    @inlinable @inline(__always) public mutating func chance(_ c: Chance) -> Bool {
        c.admits(next() >> 11)
    }
}
