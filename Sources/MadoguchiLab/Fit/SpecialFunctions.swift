#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The special functions maximum-likelihood fitting needs and neither Glibc nor the
/// dependencies offer: digamma and trigamma (the gamma shape's likelihood equation and its
/// Fisher information) and the regularized incomplete gamma function (the gamma CDF).
enum SpecialFunctions {
    /// ψ(x) = d/dx ln Γ(x) for x > 0: the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10,
    /// then the asymptotic series, accurate to about 1e-14 there.
    static func digamma(_ x: Double) -> Double {
        var x = x, shift = 0.0
        while x < 10 {
            shift -= 1 / x
            x += 1
        }
        let r = 1 / (x * x)
        let series = r * (1.0 / 12 - r * (1.0 / 120 - r * (1.0 / 252 - r * (1.0 / 240 - r * (1.0 / 132)))))
        return shift + log(x) - 0.5 / x - series
    }

    /// ψ′(x) for x > 0, by the recurrence ψ′(x) = ψ′(x + 1) + 1/x² and the asymptotic series.
    static func trigamma(_ x: Double) -> Double {
        var x = x, shift = 0.0
        while x < 10 {
            shift += 1 / (x * x)
            x += 1
        }
        let r = 1 / (x * x)
        let series = (1 + r * (1.0 / 6 - r * (1.0 / 30 - r * (1.0 / 42 - r * (1.0 / 30))))) / x
        return shift + series + 0.5 * r
    }

    /// The regularized lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a): the series
    /// below x = a + 1, the continued fraction (modified Lentz) above, as in Numerical
    /// Recipes' `gammp`; both converge to full double precision.
    static func regularizedGammaP(_ a: Double, _ x: Double) -> Double {
        guard x > 0 else { return 0 }
        guard x.isFinite else { return 1 }
        let logPrefix = a * log(x) - x - lgamma(a)
        if x < a + 1 {
            var term = 1 / a, sum = term, n = a
            for _ in 0..<10_000 {
                n += 1
                term *= x / n
                sum += term
                if abs(term) < abs(sum) * 1e-16 { break }
            }
            return min(1, sum * exp(logPrefix))
        }
        let tiny = 1e-300
        var b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d
        for i in 1...10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return max(0, 1 - exp(logPrefix) * h)
    }

    /// Φ(z), the standard normal distribution function.
    static func normalCDF(_ z: Double) -> Double {
        0.5 * erfc(-z / 2.0.squareRoot())
    }
}
