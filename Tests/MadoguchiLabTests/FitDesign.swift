import MadoguchiSim

/// The fit tests' statistical design, fixed before any result was seen. A correct fit fails
/// one of them by chance with probability at most 1 % (Bonferroni over `checks`): five
/// parameters must lie inside their intervals, and three comparisons by AIC must name the
/// family the data came from. Seeds are frozen; a failing check is investigated as a bug.
enum FitDesign {
    static let familyWiseLevel = 0.01
    /// Median and p90 of a lognormal, shape and scale of a gamma, the mean of an exponential;
    /// lognormal and gamma samples won by their family; exponential samples mostly won by theirs.
    static let checks = 8
    static let perCheckLevel = familyWiseLevel / Double(checks)
    /// The confidence level of each parameter's interval, 1 − 0.01/8.
    static let intervalLevel = 1 - perCheckLevel

    /// Observations per sample for the parameter and the lognormal/gamma checks. At this size
    /// the wrong family's AIC lies about 5 standard deviations above the right one's for
    /// these two families (measured beforehand with SciPy over 500 samples each).
    static let sampleSize = 2000

    /// Exponential data: the gamma family holds the exponential (shape 1), so the gamma's
    /// likelihood is always at least as high, and twice the difference is about χ²₁; the
    /// exponential wins by AIC when it is below 2, with probability P(χ²₁ < 2) = 0.843 (0.8345
    /// measured with SciPy at n = 500). Of 50 samples of 500, at least 32 must be won by the
    /// exponential: with p = 0.82, P(fewer than 32) = 0.068 % < 0.125 %. A fit that mixes up
    /// the parameter counts makes the gamma win every time.
    static let exponentialSamples = 50
    static let exponentialSampleSize = 500
    static let exponentialWinsAtLeast = 32

    static func draw(_ distribution: Distribution, count: Int, _ rng: inout Xoshiro256) -> [Double] {
        (0..<count).map { _ in distribution.sample(&rng) }
    }
}
