/// Derives independent generators from one run seed, one per (replication, purpose).
///
/// Giving each purpose (arrivals, patient attributes, each service, faults) its own stream
/// is what makes common random numbers work: two scenarios run with the same seed see the
/// same patients even when one of them consumes more service-time draws than the other.
public struct RandomStreams: Sendable, Equatable {
    public let seed: UInt64

    package init(seed: UInt64) { self.seed = seed }

    @inlinable public func generator(replication: Int, purpose: UInt64) -> Xoshiro256 {
        let r = SplitMix64.mix(UInt64(truncatingIfNeeded: replication) &+ 0x632B_E59B_D9B4_E019)
        let p = SplitMix64.mix(purpose &* 0x9E37_79B9_7F4A_7C15 &+ 0xD1B5_4A32_D192_ED03)
        return Xoshiro256(seed: SplitMix64.mix(seed ^ r) ^ p)
    }
}
