/// The families `madoguchi fit` tries, named as the scenario format names them.
package enum DistributionFamily: String, CaseIterable, Sendable {
    case exponential, gamma, lognormal

    /// Free parameters, for the AIC.
    package var parameterCount: Int { self == .exponential ? 1 : 2 }

    /// Fits the family to the sample by maximum likelihood.
    package func fit(_ sample: DurationSample) -> DistributionFit {
        switch self {
        case .exponential: ExponentialFit.fit(sample)
        case .gamma: GammaFit.fit(sample)
        case .lognormal: LognormalFit.fit(sample)
        }
    }
}
