#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The standard normal quantile by Acklam's rational approximation (relative error below
/// 1.2e-9, far below what a simulation can notice, so no refinement step is spent on it),
/// for the z of confidence intervals and of fitted percentiles. Normal draws do not invert
/// it: they take the ziggurat, `standardNormal()`.
@inlinable public func normalQuantile(_ p: Double) -> Double {
    let a1 = -3.969683028665376e+01, a2 = 2.209460984245205e+02, a3 = -2.759285104469687e+02
    let a4 = 1.383577518672690e+02, a5 = -3.066479806614716e+01, a6 = 2.506628277459239e+00
    let b1 = -5.447609879822406e+01, b2 = 1.615858368580409e+02, b3 = -1.556989798598866e+02
    let b4 = 6.680131188771972e+01, b5 = -1.328068155288572e+01
    let c1 = -7.784894002430293e-03, c2 = -3.223964580411365e-01, c3 = -2.400758277161838e+00
    let c4 = -2.549732539343734e+00, c5 = 4.374664141464968e+00, c6 = 2.938163982698783e+00
    let d1 = 7.784695709041462e-03, d2 = 3.224671290700398e-01, d3 = 2.445134137142996e+00
    let d4 = 3.754408661907416e+00
    let low = 0.02425
    if p < low {
        let q = (-2 * log(p)).squareRoot()
        return (((((c1 * q + c2) * q + c3) * q + c4) * q + c5) * q + c6) / ((((d1 * q + d2) * q + d3) * q + d4) * q + 1)
    } else if p <= 1 - low {
        let q = p - 0.5, r = q * q
        return (((((a1 * r + a2) * r + a3) * r + a4) * r + a5) * r + a6) * q
            / (((((b1 * r + b2) * r + b3) * r + b4) * r + b5) * r + 1)
    } else {
        let q = (-2 * log(1 - p)).squareRoot()
        return -(((((c1 * q + c2) * q + c3) * q + c4) * q + c5) * q + c6) / ((((d1 * q + d2) * q + d3) * q + d4) * q + 1)
    }
}
