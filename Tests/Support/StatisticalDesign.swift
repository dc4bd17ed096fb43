#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif
import MadoguchiSim

/// The suite's statistical design, fixed before any of its results were seen.
///
/// A seeded check that compares an estimate with theory can fail for a correct engine by
/// chance alone. Every such check in the suite belongs to one family, listed in `Check`
/// with how many checks each test makes; the family-wise level is 1 %, split evenly
/// (Bonferroni): each check has a chance of `perCheckLevel` = 0.01 / `familySize` to fail
/// when the engine is right, so the whole suite fails by chance with probability at most
/// 1 % (up to the normal approximation of the intervals). Every interval a statistical
/// test judges theory by comes from `interval`, every precision guard from
/// `isAsPreciseAsDesigned`, every normal bound from `normalBound`.
///
/// Seeds are frozen: a seed changes only together with the code under test (a new model
/// draws different numbers), never to make a check pass. A check that fails is either the
/// 1 % or a bug, and is investigated as a bug.
package enum StatisticalDesign {
    /// The probability that a correct engine fails the suite by chance, at most.
    package static let familyWiseLevel = 0.01

    /// Every statistical test, with its number of interval checks (theory must lie inside a
    /// confidence interval) and of precision guards (the interval must be about as tight as
    /// designed, or the check proves little).
    package enum Check: CaseIterable, Sendable {
        /// M/M/c mean wait against Erlang C: 9 cases.
        case erlangC
        /// M/G/1 mean wait against Pollaczek–Khinchine: 4 cases.
        case pollaczekKhinchine
        /// Little's law in steady state: Lq and λ·Wq.
        case littlesLaw
        /// The reneged fraction with zero patience against Erlang B: 2 service distributions.
        case erlangB
        /// The same through the clinic model: the desk as a loss system.
        case clinicErlangB
        /// Utilization of a simulated M/M/2 against ρ.
        case serverUtilization
        /// Sample mean and second moment of 10 distributions.
        case distributionMoments
        /// A lognormal from median and p90: the fraction below each.
        case lognormalQuantiles
        /// Poisson counts of a piecewise rate: mean and variance in 2 windows.
        case poissonCounts
        /// Gaps of a constant-rate Poisson process: their mean.
        case exponentialGaps
        /// Two streams of one run: their correlation.
        case streamCorrelation
        /// The clinic's usage rate against its path mix.
        case usageRate
        /// The two presets' usage rates against the official figures.
        case presetUsageRates
        /// The steady-state scenario's M/M/1 wait through the clinic model.
        case steadyState
        /// The exponential ziggurat: goodness of fit, mean, variance and the tail's rate.
        case exponentialZiggurat
        /// The normal ziggurat: goodness of fit, mean, variance, the tail's rate and the sign's balance.
        case normalZiggurat
        /// A patient's faults drawn with one draw when none strikes: the joint frequencies of three faults.
        case faultChances

        package var intervals: Int { checks.intervals }
        package var guards: Int { checks.guards }

        var checks: (intervals: Int, guards: Int) {
            switch self {
            case .erlangC: (9, 9)
            case .pollaczekKhinchine: (4, 4)
            case .littlesLaw: (2, 2)
            case .erlangB: (2, 2)
            case .clinicErlangB: (1, 1)
            case .serverUtilization: (1, 1)
            case .distributionMoments: (20, 0)
            case .lognormalQuantiles: (2, 0)
            case .poissonCounts: (4, 0)
            case .exponentialGaps: (1, 0)
            case .streamCorrelation: (1, 0)
            case .usageRate: (1, 0)
            case .presetUsageRates: (2, 2)
            case .steadyState: (1, 1)
            case .exponentialZiggurat: (4, 0)
            case .normalZiggurat: (5, 0)
            case .faultChances: (1, 0)
            }
        }
    }

    /// Checks in the family: 61 intervals and 22 guards.
    package static let familySize = Check.allCases.reduce(0) { $0 + $1.intervals + $1.guards }

    /// The chance each check may fail when the engine is right: 0.01 / 83 ≈ 1.20 × 10⁻⁴.
    package static var perCheckLevel: Double { familyWiseLevel / Double(familySize) }

    /// Replications of the steady-state designs: 20 gives a t quantile near its limit
    /// (4.76 at 19 degrees of freedom, against 3.81 for the normal) at a modest warm-up cost.
    package static let replications = 20

    /// The confidence interval a check judges theory by, at the per-check level.
    package static func interval(_ values: [Double]) -> ConfidenceInterval {
        ConfidenceInterval(values, level: 1 - perCheckLevel)
    }

    /// The two-sided Student-t quantile of `interval` for `count` values.
    package static func criticalValue(count: Int) -> Double {
        StudentT.criticalValue(twoSidedTail: perCheckLevel, degreesOfFreedom: count - 1)
    }

    /// The two-sided normal bound at the per-check level, for a statistic known to be
    /// approximately normal with a known standard error (a large binomial count).
    package static var normalBound: Double { -normalQuantile(perCheckLevel / 2) }

    /// The interval's half-width a design aims at: `count` replications whose values have
    /// standard deviation `standardDeviation` (from a pilot run with other seeds).
    package static func designedHalfWidth(standardDeviation: Double, count: Int) -> Double {
        criticalValue(count: count) * standardDeviation / Double(count).squareRoot()
    }

    /// The precision guard: the sample standard deviation must not exceed the designed one
    /// by more than chance allows at the per-check level, P(s > kσ) = P(χ²ₙ₋₁ > (n − 1)k²).
    /// The interval's half-width is t·s/√n, so this bounds it by k times the designed one.
    package static func isAsPreciseAsDesigned(_ interval: ConfidenceInterval, designedHalfWidth: Double) -> Bool {
        interval.halfWidth <= precisionFactor(count: interval.count) * designedHalfWidth
    }

    /// k with P(s > kσ) = `perCheckLevel` for `count` normal values.
    package static func precisionFactor(count: Int) -> Double {
        let df = Double(count - 1)
        return (chiSquareUpperQuantile(perCheckLevel, degreesOfFreedom: df) / df).squareRoot()
    }

    /// Wilson–Hilferty's χ² quantile with upper tail `p`. At these tails and degrees of
    /// freedom it lies slightly above the exact quantile (50.52 against 50.25 for 19 degrees
    /// at 1.20 × 10⁻⁴), so a guard fails by chance a little less often than allotted.
    package static func chiSquareUpperQuantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        let z = -normalQuantile(p)
        let a = 2 / (9 * df)
        return df * pow(1 - a + z * a.squareRoot(), 3)
    }
}
