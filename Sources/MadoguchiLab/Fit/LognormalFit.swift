#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif
import MadoguchiSim

/// The lognormal family: the logarithms' mean μ and standard deviation σ (dividing by n),
/// given as the scenario format's median e^μ and 90th percentile e^(μ + z₉₀σ). Their
/// standard errors follow from Var μ̂ = σ²/n and Var σ̂ = σ²/2n, independent (delta method).
enum LognormalFit {
    static func fit(_ sample: DurationSample) -> DistributionFit {
        let n = Double(sample.count), mu = sample.logMean
        let sumLog = mu * n
        let variance = sample.sorted.reduce(0) { $0 + (log($1) - mu) * (log($1) - mu) } / n
        let sigma = variance.squareRoot()
        let z90 = normalQuantile(0.9)
        let logLikelihood = -sumLog - n * log(sigma) - n / 2 * log(2 * Double.pi) - n / 2
        return DistributionFit(
            family: .lognormal,
            parameters: [
                FittedParameter(name: "median", value: exp(mu), logStandardError: sigma / n.squareRoot()),
                FittedParameter(name: "p90", value: exp(mu + z90 * sigma),
                                logStandardError: sigma * (1 / n + z90 * z90 / (2 * n)).squareRoot()),
            ],
            logLikelihood: logLikelihood,
            ksDistance: KolmogorovSmirnov.distance(sorted: sample.sorted) {
                SpecialFunctions.normalCDF((log($0) - mu) / sigma)
            },
            distribution: .lognormal(mu: mu, sigma: sigma))
    }
}
