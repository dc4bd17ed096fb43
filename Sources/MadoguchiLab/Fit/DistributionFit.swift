import MadoguchiSim

/// A family fitted to a sample by maximum likelihood: its parameters (in the scenario
/// format's terms) with standard errors, the log-likelihood, the AIC and the
/// Kolmogorov–Smirnov distance, and the line to paste into a scenario.
package struct DistributionFit: Sendable {
    package let family: DistributionFamily
    package let parameters: [FittedParameter]
    package let logLikelihood: Double
    package let ksDistance: Double
    /// The fitted distribution, as the simulation draws from it.
    package let distribution: Distribution

    /// Akaike's information criterion, 2k − 2 ln L: lower is better.
    package var aic: Double { 2 * Double(family.parameterCount) - 2 * logLikelihood }

    package func parameter(_ name: String) -> FittedParameter? { parameters.first { $0.name == name } }

    /// `{ dist = "lognormal", median = 31.2, p90 = 74.8 }`: four significant digits, more
    /// where fewer would make two parameters equal that must differ (p90 above the median).
    package var scenarioLine: String {
        var digits = 4
        var texts = parameters.map { ScenarioNumber.format($0.value, significant: digits) }
        while Set(texts).count < texts.count && digits < 15 {
            digits += 1
            texts = parameters.map { ScenarioNumber.format($0.value, significant: digits) }
        }
        let fields = zip(parameters, texts).map { "\($0.name) = \($1)" }
        return "{ dist = \"\(family.rawValue)\", " + fields.joined(separator: ", ") + " }"
    }
}
