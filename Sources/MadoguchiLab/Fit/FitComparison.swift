/// Every family fitted to one sample, best first by AIC: the winner's line goes into the
/// scenario. A family within 2 of the best AIC is about as well supported by the data
/// (Burnham & Anderson 2002), which the table says.
package struct FitComparison: Sendable {
    package let sample: DurationSample
    /// By increasing AIC.
    package let fits: [DistributionFit]

    package init(_ sample: DurationSample) {
        self.sample = sample
        fits = DistributionFamily.allCases.map { $0.fit(sample) }.sorted { $0.aic < $1.aic }
    }

    package var best: DistributionFit { fits[0] }

    package func fit(_ family: DistributionFamily) -> DistributionFit { fits.first { $0.family == family }! }

    /// AIC above the best one's.
    package func deltaAIC(_ fit: DistributionFit) -> Double { fit.aic - best.aic }
}
