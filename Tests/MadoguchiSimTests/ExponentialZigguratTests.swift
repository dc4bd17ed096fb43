import CZiggurat
#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif
import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// The exponential ziggurat: its tables against the recurrence that defines them and against
/// numpy's printed values, and a million draws against the exponential distribution.
@Suite struct ExponentialZigguratTests {
    static var threshold: UnsafePointer<UInt64> { mg_ziggurat_thresholds() }
    static var width: UnsafePointer<Double> { mg_ziggurat_widths() }
    static var density: UnsafePointer<Double> { mg_ziggurat_densities() }
    static let r = mg_ziggurat_r
    /// The area of every level, V = r·exp(-r) + exp(-r): the base level's rectangle and tail.
    static let area = (r + 1) * exp(-r)
    /// xᵢ, the right edge of level i: the width times 2⁵³, which is exact.
    static func edge(_ i: Int) -> Double { width[i] * 0x1p53 }

    /// A few entries as numpy's ziggurat_constants.h prints them, bit for bit.
    @Test func entriesAreNumpys() {
        #expect(Self.threshold[0] == 0x001C_5214_2724_97C6)
        #expect(Self.threshold[1] == 0)
        #expect(Self.threshold[2] == 0x0013_7D5B_D79C_317E)
        #expect(Self.threshold[128] == 0x001F_C2C2_3CE9_8046)
        #expect(Self.threshold[255] == 0x001C_DB4D_D9E4_E8C0)
        #expect(Self.width[0] == 9.655740063209182975e-16)
        #expect(Self.width[1] == 7.089014243955414331e-18)
        #expect(Self.width[128] == 1.854460977797569461e-16)
        #expect(Self.width[255] == 8.545517038584027421e-16)
        #expect(Self.density[0] == 1)
        #expect(Self.density[1] == 9.381436808621747003e-01)
        #expect(Self.density[128] == 1.881811994042543179e-01)
        #expect(Self.density[255] == 4.541343538414967652e-04)
    }

    /// Every level against the recurrence, in Double. Checked step by step (each level from
    /// its neighbour's table entries) the rounding does not accumulate as it does when the
    /// tables are computed, so the bounds are a few roundings: f(xᵢ) = V / xᵢ₊₁ + f(xᵢ₊₁) to 2
    /// ulps (the tables give 1); fᵢ = exp(-xᵢ) to half an ulp of xᵢ (xᵢ is rounded) times the
    /// slope fᵢ, plus exp's ulp and the table's own; the thresholds, 2⌊2⁵² xᵢ₋₁ / xᵢ⌋ from a
    /// quotient of rounded edges, to one step of 2 (k₀, through V computed in Double, to two).
    @Test func everyLevelFollowsTheRecurrence() {
        #expect(Self.edge(255) == Self.r)
        #expect(abs(Self.edge(0) * Self.density[255] - Self.area) <= 4 * Self.area.ulp)
        var deviations = 0
        for i in 1...255 {
            let x = Self.edge(i), f = Self.density[i]
            if abs(f - exp(-x)) > f * (x.ulp / 2 + 0x1p-52) { deviations += 1 }
            if i < 255 && abs(f - (Self.area / Self.edge(i + 1) + Self.density[i + 1])) > 2 * f.ulp { deviations += 1 }
            if i >= 2 {
                let k = 2 * UInt64((0x1p52 * Self.edge(i - 1) / x).rounded(.down))
                if max(k, Self.threshold[i]) - min(k, Self.threshold[i]) > 2 { deviations += 1 }
            }
            if Self.threshold[i] % 2 != 0 { deviations += 1 }
        }
        #expect(deviations == 0)
        let k0 = 2 * UInt64((0x1p52 * Self.r * Self.density[255] / Self.area).rounded(.down))
        #expect(max(k0, Self.threshold[0]) - min(k0, Self.threshold[0]) <= 4)
        // The top level closes at x₀ = 0: its wedge has the area V.
        #expect(abs(Self.edge(1) * (1 - Self.density[1]) - Self.area) <= 4 * Self.area.ulp)
    }

    @Test func theExponentialDistributionDrawsByTheZiggurat() {
        var a = RandomStreams(seed: 5).generator(replication: 0, purpose: 0)
        var b = a
        let draws = (0..<10_000).map { _ in Distribution.exponential(mean: 3).sample(&a) }
        #expect(draws == (0..<10_000).map { _ in 3 * b.standardExponential() })
    }

    static let sampleCount = 1_000_000
    static let samples: [Double] = {
        var rng = RandomStreams(seed: 20_261_202).generator(replication: 0, purpose: 0)
        return (0..<sampleCount).map { _ in rng.standardExponential() }
    }()

    /// Decided before the draws, 4 checks of the suite's family (StatisticalDesign), each at
    /// its per-check level: (1) Pearson's χ² of the probability-integral transforms
    /// 1 - exp(-x) in 1,000 equiprobable bins (1,000 expected in each) below the upper χ²
    /// quantile with 999 degrees of freedom; (2) the t interval of the mean contains 1;
    /// (3) the t interval of (x - 1)² contains the variance 1; (4) the draws beyond r, a
    /// binomial count with p = exp(-r) (454 expected), within the normal bound of n·p.
    @Test func aMillionDrawsAreExponential() {
        let xs = Self.samples
        let bins = 1_000
        var counts = [Int](repeating: 0, count: bins)
        for x in xs { counts[min(bins - 1, Int(-expm1(-x) * Double(bins)))] += 1 }
        let expected = Double(xs.count) / Double(bins)
        let chiSquare = counts.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        let critical = StatisticalDesign.chiSquareUpperQuantile(StatisticalDesign.perCheckLevel, degreesOfFreedom: Double(bins - 1))
        #expect(chiSquare < critical, "χ² \(chiSquare) against \(critical)")

        let mean = StatisticalDesign.interval(xs)
        #expect(mean.contains(1), "mean outside [\(mean.lower), \(mean.upper)]")
        let variance = StatisticalDesign.interval(xs.map { ($0 - 1) * ($0 - 1) })
        #expect(variance.contains(1), "variance outside [\(variance.lower), \(variance.upper)]")

        let p = exp(-Self.r), n = Double(xs.count)
        let tail = Double(xs.count(where: { $0 > Self.r }))
        #expect(abs(tail - n * p) <= StatisticalDesign.normalBound * (n * p * (1 - p)).squareRoot(),
                "\(tail) draws beyond r against \(n * p) expected")
        #expect(xs.allSatisfy { $0 >= 0 && $0.isFinite })
    }
}
