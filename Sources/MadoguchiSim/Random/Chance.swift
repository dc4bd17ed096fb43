/// A probability prepared for drawing many times: `rng.chance(Chance(p))` is true exactly
/// when `rng.chance(p)` is, from the same draw, but compares the draw's 53 bits with an
/// integer instead of turning them into a double first. A clinic draws six or more chances
/// for every arriving patient.
public struct Chance: Sendable, Equatable {
    /// The draws k (the generator's top 53 bits) below this succeed: k·2⁻⁵³ < p exactly when
    /// k < ⌈p·2⁵³⌉, as p·2⁵³ is exact (scaling by a power of two does not round).
    @usableFromInline let threshold: UInt64

    package init(_ p: Double) {
        let scaled = (p * 0x1p53).rounded(.up)
        // Never below 0 (nor for NaN), never above 2⁵³: every draw is below it.
        threshold = scaled > 0 ? UInt64(Swift.min(scaled, 0x1p53)) : 0
    }

    /// Whether a draw whose top 53 bits are `bits` succeeds.
    @inlinable @inline(__always) package func admits(_ bits: UInt64) -> Bool { bits < threshold }
}
