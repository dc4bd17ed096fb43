#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// A non-negative random duration or quantity, as a scenario file describes it.
public enum Distribution: Sendable, Equatable {
    case deterministic(Double)
    case uniform(min: Double, max: Double)
    case triangular(min: Double, mode: Double, max: Double)
    case exponential(mean: Double)
    /// Erlang when `shape` is a whole number.
    case gamma(shape: Double, scale: Double)
    /// The logarithm is normal with mean `mu` and standard deviation `sigma`.
    case lognormal(mu: Double, sigma: Double)
    /// Resamples the observed values, each with equal probability.
    case empirical([Double])

    package static func erlang(k: Int, mean: Double) -> Distribution {
        .gamma(shape: Double(k), scale: mean / Double(k))
    }

    /// The 90th percentile of a standard normal.
    static let z90 = 1.2815515655446004

    package static func lognormal(median: Double, p90: Double) -> Distribution {
        let mu = log(median)
        return .lognormal(mu: mu, sigma: (log(p90) - mu) / z90)
    }

    package static func lognormal(mean: Double, cv: Double) -> Distribution {
        let variance = log(1 + cv * cv)
        return .lognormal(mu: log(mean) - variance / 2, sigma: variance.squareRoot())
    }

    package var mean: Double {
        switch self {
        case .deterministic(let v): return v
        case .uniform(let a, let b): return (a + b) / 2
        case .triangular(let a, let c, let b): return (a + b + c) / 3
        case .exponential(let m): return m
        case .gamma(let k, let theta): return k * theta
        case .lognormal(let mu, let sigma): return exp(mu + sigma * sigma / 2)
        case .empirical(let values): return values.reduce(0, +) / Double(values.count)
        }
    }

    /// The second moment E[X²], which the Pollaczek–Khinchine formula needs.
    package var secondMoment: Double {
        switch self {
        case .deterministic(let v): return v * v
        case .uniform(let a, let b): return (a * a + a * b + b * b) / 3
        case .triangular(let a, let c, let b):
            let variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18
            return variance + mean * mean
        case .exponential(let m): return 2 * m * m
        case .gamma(let k, let theta): return k * (k + 1) * theta * theta
        case .lognormal(let mu, let sigma): return exp(2 * mu + 2 * sigma * sigma)
        case .empirical(let values): return values.reduce(0) { $0 + $1 * $1 } / Double(values.count)
        }
    }

    /// One value from `rng`. The words a draw takes: none for a constant; one for the uniform,
    /// triangular and empirical; for the exponential and the lognormal's normal, by ziggurats,
    /// one in 98.9 % and 98.5 % of draws and a few more otherwise, as the stream decides, not
    /// the parameters; for the gamma, by rejection, a number its shape sways too. Scenarios
    /// that draw a step from the same family (the gamma at the same shape) with other
    /// parameters stay aligned on the stream; another family may shift the stream's later
    /// draws: in the clinic only that patient's, as each patient draws from his own stream.
    /// The families models draw from on every event (exponential and lognormal durations,
    /// fixed ones) are inlined into the caller; the others take a call. Inlined everywhere,
    /// the whole switch made each call site large enough to push M/M/3's departure out of its
    /// loop once the normal ziggurat was inlined too.
    @inlinable @inline(__always) public func sample<G: RandomNumberGenerator>(_ rng: inout G) -> Double {
        switch self {
        case .exponential(let m):
            return m * rng.standardExponential()
        case .lognormal(let mu, let sigma):
            return tableExp(mu + sigma * rng.standardNormal())
        case .deterministic(let v):
            return v
        default:
            return sampleRarer(&rng)
        }
    }

    /// Out of line, yet inlinable, so that each generator's is specialised where it is used.
    @inlinable @inline(never) func sampleRarer<G: RandomNumberGenerator>(_ rng: inout G) -> Double {
        switch self {
        case .uniform(let a, let b):
            return a + (b - a) * rng.unit()
        case .triangular(let a, let c, let b):
            let u = rng.unit()
            let split = (c - a) / (b - a)
            return u < split
                ? a + ((b - a) * (c - a) * u).squareRoot()
                : b - ((b - a) * (b - c) * (1 - u)).squareRoot()
        case .gamma(let k, let theta):
            return theta * Self.standardGamma(shape: k, &rng)
        case .empirical(let values):
            return values[Int(rng.next() % UInt64(values.count))]
        case .exponential, .lognormal, .deterministic:
            return sample(&rng)
        }
    }

    /// Marsaglia & Tsang (2000); shapes below 1 use the boost X·U^(1/k).
    @inlinable static func standardGamma<G: RandomNumberGenerator>(shape: Double, _ rng: inout G) -> Double {
        if shape < 1 {
            return standardGamma(shape: shape + 1, &rng) * pow(rng.openUnit(), 1 / shape)
        }
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            let x = rng.standardNormal()
            let v0 = 1 + c * x
            if v0 <= 0 { continue }
            let v = v0 * v0 * v0
            let u = rng.openUnit()
            if log(u) < 0.5 * x * x + d - d * v + d * log(v) { return d * v }
        }
    }
}
