#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The exponential family: the maximum-likelihood mean is the sample mean, and n · x̄ / mean
/// is a sum of n unit exponentials, so the log of the estimate has standard error 1/√n.
enum ExponentialFit {
    static func fit(_ sample: DurationSample) -> DistributionFit {
        let n = Double(sample.count), mean = sample.mean
        return DistributionFit(
            family: .exponential,
            parameters: [FittedParameter(name: "mean", value: mean, logStandardError: 1 / n.squareRoot())],
            logLikelihood: -n * log(mean) - n,
            ksDistance: KolmogorovSmirnov.distance(sorted: sample.sorted) { -expm1(-$0 / mean) },
            distribution: .exponential(mean: mean))
    }
}
