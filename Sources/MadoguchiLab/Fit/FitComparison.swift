/// Every family fitted to one sample, best first by AIC: the winner's line goes into the
/// scenario. A family within 2 of the best AIC is about as well supported by the data
/// (Burnham & Anderson 2002), which the table says.
public struct FitComparison: Sendable {
    public let sample: DurationSample
    /// By increasing AIC.
    public let fits: [DistributionFit]

    public init(_ sample: DurationSample) {
        self.sample = sample
        fits = DistributionFamily.allCases.map { $0.fit(sample) }.sorted { $0.aic < $1.aic }
    }

    public var best: DistributionFit { fits[0] }

    public func fit(_ family: DistributionFamily) -> DistributionFit { fits.first { $0.family == family }! }

    /// AIC above the best one's.
    public func deltaAIC(_ fit: DistributionFit) -> Double { fit.aic - best.aic }
}
