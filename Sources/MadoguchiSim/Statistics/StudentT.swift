#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Quantiles of Student's t distribution by Hill's algorithm 396 (CACM 1970), the method
/// R's `qt` uses for this case; accurate to about six digits for every df ≥ 1.
package enum StudentT {
    /// The t value with `twoSidedTail` probability outside ±t, e.g. 0.05 for a 95 % interval.
    package static func criticalValue(twoSidedTail p: Double, degreesOfFreedom df: Int) -> Double {
        precondition(df >= 1 && p > 0 && p < 1)
        let n = Double(df)
        if df == 1 { return 1 / tan(p * Double.pi / 2) }
        if df == 2 { return (2 / (p * (2 - p)) - 2).squareRoot() }
        let a = 1 / (n - 0.5)
        let b = 48 / (a * a)
        var c = ((20700 * a / b - 98) * a - 16) * a + 96.36
        let d = ((94.5 / (b + c) - 3) / b + 1) * (a * Double.pi / 2).squareRoot() * n
        var x = d * p
        var y = pow(x, 2 / n)
        if y > 0.05 + a {
            x = normalQuantile(0.5 * p)
            y = x * x
            if df < 5 { c += 0.3 * (n - 4.5) * (x + 0.6) }
            c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c
            y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x
            y = expm1(a * y * y)
        } else {
            y = ((1 / (((n + 6) / (n * y) - 0.089 * d - 0.822) * (n + 2) * 3) + 0.5 / (n + 4)) * y - 1)
                * (n + 1) / (n + 2) + 1 / y
        }
        return (n * y).squareRoot()
    }
}
