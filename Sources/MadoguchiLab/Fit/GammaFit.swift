#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The gamma family. The shape k solves ln k − ψ(k) = ln x̄ − mean(ln x), found by Newton's
/// method from Minka's closed-form start (it converges in a few steps); the scale is x̄/k.
/// Standard errors come from the inverse Fisher information, n·[[ψ′(k), 1/θ], [1/θ, k/θ²]].
enum GammaFit {
    static func fit(_ sample: DurationSample) -> DistributionFit {
        let n = Double(sample.count)
        let s = log(sample.mean) - sample.logMean
        let shape = solveShape(s)
        let scale = sample.mean / shape
        let trigamma = SpecialFunctions.trigamma(shape)
        let determinant = shape * trigamma - 1
        let logLikelihood = (shape - 1) * sample.logMean * n - n * sample.mean / scale
            - n * shape * log(scale) - n * lgamma(shape)
        return DistributionFit(
            family: .gamma,
            parameters: [
                // Var k̂ = k / (n(kψ′ − 1)), Var θ̂ = θ²ψ′ / (n(kψ′ − 1)); the log's is Var / value².
                FittedParameter(name: "shape", value: shape, logStandardError: (1 / (shape * n * determinant)).squareRoot()),
                FittedParameter(name: "scale", value: scale, logStandardError: (trigamma / (n * determinant)).squareRoot()),
            ],
            logLikelihood: logLikelihood,
            ksDistance: KolmogorovSmirnov.distance(sorted: sample.sorted) {
                SpecialFunctions.regularizedGammaP(shape, $0 / scale)
            },
            distribution: .gamma(shape: shape, scale: scale))
    }

    /// The k with ln k − ψ(k) = s, for s > 0 (the left side falls from ∞ to 0 as k grows).
    static func solveShape(_ s: Double) -> Double {
        var k = (3 - s + ((s - 3) * (s - 3) + 24 * s).squareRoot()) / (12 * s)
        for _ in 0..<100 {
            let f = log(k) - SpecialFunctions.digamma(k) - s
            let slope = 1 / k - SpecialFunctions.trigamma(k)
            var next = k - f / slope
            if next <= 0 { next = k / 2 }
            if abs(next - k) <= 1e-14 * k { return next }
            k = next
        }
        return k
    }
}
