import MadoguchiSim

/// A categorical distribution over a few options, e.g. the path mix. Shares sum to 1.
public struct Mix<Option: Hashable & Sendable>: Sendable, Equatable {
    public let options: [Option]
    public let shares: [Double]
    @usableFromInline let cumulative: [Double]

    public init(_ pairs: [(Option, Double)]) {
        options = pairs.map(\.0)
        shares = pairs.map(\.1)
        var running = 0.0
        cumulative = shares.map { running += $0; return running }
    }

    public func share(of option: Option) -> Double {
        options.firstIndex(of: option).map { shares[$0] } ?? 0
    }

    /// One uniform per draw, so streams stay aligned whatever the shares are.
    @inlinable public func sample(_ rng: inout Xoshiro256) -> Option {
        let u = rng.unit() * (cumulative.last ?? 1)
        for i in cumulative.indices where u < cumulative[i] { return options[i] }
        return options[options.count - 1]
    }

    public static func == (a: Self, b: Self) -> Bool { a.options == b.options && a.shares == b.shares }
}
