/// SplitMix64 (Steele, Lea & Flood 2014): a fast mixer used to expand one seed into the
/// state of the stream generators, so that nearby seeds still give unrelated streams. It is
/// also each clinic patient's generator, for his attributes and his own stream: seeding it
/// costs nothing, and its draws do not wait on one another (each mixes a counter), where
/// xoshiro's are a chain. A patient draws a few dozen numbers; the run's streams, which draw
/// millions, stay xoshiro256**.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    @usableFromInline var state: UInt64

    /// The step between states: the golden ratio's odd 64-bit integer.
    public static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

    @inlinable public init(seed: UInt64) { state = seed }

    @inlinable @inline(__always) public mutating func next() -> UInt64 {
        state &+= Self.gamma
        return Self.mix(state)
    }

    /// Output `k` counted from here (`next()` returns output 1), without moving: a draw at a
    /// fixed position that is made only when needed.
    @inlinable public func output(_ k: UInt64) -> UInt64 {
        Self.mix(state &+ k &* Self.gamma)
    }

    /// The finalizer alone: a bijective hash of 64 bits.
    @inlinable @inline(__always) public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
