#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif
import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// Each sample is an independent replication, so the t interval over the samples (and over
/// their squares) must contain the theoretical mean (and second moment); the intervals are
/// the suite's (StatisticalDesign).
@Suite struct DistributionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let distribution: Distribution
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "deterministic", distribution: .deterministic(3)),
        Case(name: "uniform", distribution: .uniform(min: 2, max: 5)),
        Case(name: "triangular", distribution: .triangular(min: 1, mode: 2, max: 6)),
        Case(name: "exponential", distribution: .exponential(mean: 4)),
        Case(name: "gamma shape 0.5", distribution: .gamma(shape: 0.5, scale: 2)),
        Case(name: "gamma shape 2.5", distribution: .gamma(shape: 2.5, scale: 1)),
        Case(name: "Erlang-3", distribution: .erlang(k: 3, mean: 6)),
        Case(name: "lognormal median 10 p90 20", distribution: .lognormal(median: 10, p90: 20)),
        Case(name: "lognormal mean 5 cv 0.5", distribution: .lognormal(mean: 5, cv: 0.5)),
        Case(name: "empirical", distribution: .empirical([1, 2, 2, 7])),
    ]

    static let sampleCount = 100_000

    static func samples(_ distribution: Distribution, seed: UInt64) -> [Double] {
        var rng = RandomStreams(seed: seed).generator(replication: 0, purpose: 0)
        return (0..<sampleCount).map { _ in distribution.sample(&rng) }
    }

    @Test func theFamilyCountsEveryCase() {
        #expect(StatisticalDesign.Check.distributionMoments.intervals == 2 * Self.cases.count)
    }

    @Test(arguments: cases)
    func sampleMeanAndSecondMomentMatchTheory(_ c: Case) {
        let xs = Self.samples(c.distribution, seed: 2_718)
        let mean = StatisticalDesign.interval(xs)
        let second = StatisticalDesign.interval(xs.map { $0 * $0 })
        #expect(mean.contains(c.distribution.mean), "mean \(c.distribution.mean) outside [\(mean.lower), \(mean.upper)]")
        #expect(second.contains(c.distribution.secondMoment),
                "E[X²] \(c.distribution.secondMoment) outside [\(second.lower), \(second.upper)]")
        #expect(xs.allSatisfy { $0 >= 0 })
    }

    @Test func boundedDistributionsStayInTheirSupport() {
        #expect(Self.samples(.uniform(min: 2, max: 5), seed: 1).allSatisfy { $0 >= 2 && $0 < 5 })
        #expect(Self.samples(.triangular(min: 1, mode: 2, max: 6), seed: 1).allSatisfy { $0 >= 1 && $0 <= 6 })
        #expect(Set(Self.samples(.empirical([1, 2, 2, 7]), seed: 1)) == [1, 2, 7])
    }

    /// The fraction of samples below a quantile is a binomial proportion: its interval must
    /// contain the quantile's probability.
    @Test func lognormalFromMedianAndP90HitsBothQuantiles() {
        let xs = Self.samples(.lognormal(median: 10, p90: 20), seed: 31_415)
        let belowMedian = StatisticalDesign.interval(xs.map { $0 < 10 ? 1.0 : 0.0 })
        let belowP90 = StatisticalDesign.interval(xs.map { $0 < 20 ? 1.0 : 0.0 })
        #expect(belowMedian.contains(0.5), "[\(belowMedian.lower), \(belowMedian.upper)]")
        #expect(belowP90.contains(0.9), "[\(belowP90.lower), \(belowP90.upper)]")
    }

    @Test func lognormalFromMeanAndCVHasThatMeanAndCV() {
        guard case .lognormal(let mu, let sigma) = Distribution.lognormal(mean: 5, cv: 0.5) else {
            Issue.record("not a lognormal")
            return
        }
        let d = Distribution.lognormal(mu: mu, sigma: sigma)
        #expect(abs(d.mean - 5) < 1e-12)
        let cv = (d.secondMoment - d.mean * d.mean).squareRoot() / d.mean
        #expect(abs(cv - 0.5) < 1e-12)
    }

    @Test func erlangIsGammaWithIntegerShape() {
        #expect(Distribution.erlang(k: 4, mean: 2) == .gamma(shape: 4, scale: 0.5))
    }
}
