import MadoguchiSim

/// A categorical distribution over a few options, e.g. the path mix. Shares sum to 1.
package struct Mix<Option: Hashable & Sendable>: Sendable, Equatable {
    package let options: [Option]
    package let shares: [Double]
    @usableFromInline let cumulative: [Double]
    /// The last cumulative share (1 up to rounding), kept so a draw need not look it up.
    @usableFromInline let total: Double

    package init(_ pairs: [(Option, Double)]) {
        options = pairs.map(\.0)
        shares = pairs.map(\.1)
        var running = 0.0
        cumulative = shares.map { running += $0; return running }
        total = cumulative.last ?? 1
    }

    package func share(of option: Option) -> Double {
        options.firstIndex(of: option).map { shares[$0] } ?? 0
    }

    /// One uniform per draw, so streams stay aligned whatever the shares are.
    @inlinable @inline(__always) package func sample(_ rng: inout some RandomNumberGenerator) -> Option {
        pick(rng.unit())
    }

    /// The option a uniform `draw` in [0, 1) picks: the first whose cumulative share exceeds
    /// it; the last catches rounding. Read through a buffer: a clinic patient draws three
    /// mixes, and bounds checks showed.
    @inlinable @inline(__always) package func pick(_ draw: Double) -> Option {
        let u = draw * total
        let i = cumulative.withUnsafeBufferPointer { c in
            var i = 0
            while i < c.count - 1 && !(u < c[i]) { i += 1 }
            return i
        }
        return options[i]
    }

    package static func == (a: Self, b: Self) -> Bool { a.options == b.options && a.shares == b.shares }
}
