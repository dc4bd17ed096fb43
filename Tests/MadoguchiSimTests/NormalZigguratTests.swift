import CZiggurat
#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif
import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// The normal ziggurat: its tables against the recurrence that defines them and against
/// numpy's printed values, its draws against numpy's algorithm, and a million draws against
/// the normal distribution.
@Suite struct NormalZigguratTests {
    static var threshold: UnsafePointer<UInt64> { mg_normal_ziggurat_thresholds() }
    static var width: UnsafePointer<Double> { mg_normal_ziggurat_widths() }
    static var density: UnsafePointer<Double> { mg_normal_ziggurat_densities() }
    static let r = mg_normal_ziggurat_r
    /// The area of every level, V = r·φ(r) + ∫ᵣ^∞ φ with φ(x) = exp(-x²/2): 3 ulps above the
    /// exact 0.00492867323397465534736 in Double.
    static let area = r * exp(-0.5 * r * r) + (Double.pi / 2).squareRoot() * erfc(r / 2.0.squareRoot())
    /// xᵢ, the right edge of level i: the width times 2⁵², which is exact.
    static func edge(_ i: Int) -> Double { width[i] * 0x1p52 }
    /// How many ulps apart two positive doubles are.
    static func ulps(_ a: Double, _ b: Double) -> Int64 {
        abs(Int64(bitPattern: a.bitPattern) - Int64(bitPattern: b.bitPattern))
    }

    /// numpy's printed entries are its recurrence run in Double (normal_ziggurat.h), so these
    /// are exact where they agree and otherwise within the header's bounds: k within 14, w
    /// within 60 ulps at the top level, 18 below it, 7 from level 16 on, f within 15 ulps.
    @Test func entriesAreNumpysWithinTheirDrift() {
        #expect(Self.r == 3.6541528853610087963519472518)
        #expect(mg_normal_ziggurat_inverse_r == 0.27366123732975827203338247596)
        #expect(Self.threshold[1] == 0)
        #expect(Self.density[0] == 1)
        let numpy: [(level: Int, k: UInt64, w: Double, f: Double)] = [
            (0, 0x000E_F33D_8025_EF6A, 8.68362706080130616677e-16, 1.00000000000000000000e+00),
            (1, 0x0000_0000_0000_0000, 4.77933017572773682428e-17, 9.77101701267671596263e-01),
            (2, 0x000C_08BE_98FB_C6A8, 6.35435241740526230246e-17, 9.59879091800106665211e-01),
            (16, 0x000F_9DA9_07DB_F509, 1.40348230012423820659e-16, 8.18929191603702366642e-01),
            (128, 0x000F_EDED_0F90_9980, 3.40914534700312603713e-16, 3.07697412504292056035e-01),
            (237, 0x000F_DD75_09C6_3BFD, 5.84669289345547900201e-16, 3.12214171919203004046e-02),
            (255, 0x000F_1A5A_4B33_1C4A, 8.11384933765648418565e-16, 1.26028593049859797236e-03),
        ]
        for entry in numpy {
            let i = entry.level
            let k = Self.threshold[i]
            #expect(max(k, entry.k) - min(k, entry.k) <= 14, "k\(i)")
            #expect(Self.ulps(Self.width[i], entry.w) <= (i == 1 ? 60 : i < 16 ? 18 : 7), "w\(i)")
            #expect(Self.ulps(Self.density[i], entry.f) <= 15, "f\(i)")
        }
        // The bottom edge is r itself, the same double as numpy's.
        #expect(Self.width[255] == 8.11384933765648418565e-16)
    }

    /// Every level against the recurrence, in Double, step by step (each level from its
    /// neighbour's table entries), so the bounds are a few roundings. fᵢ = φ(xᵢ) to xᵢ's half
    /// ulp times the slope xᵢfᵢ, plus the rounding of x²/2, of exp and of the table;
    /// φ(xᵢ₋₁) = V / xᵢ + φ(xᵢ) to 4 ulps (the tables give 2; V in Double is 3 ulps off); the
    /// thresholds ⌊2⁵² xᵢ₋₁ / xᵢ⌋ from a quotient of rounded edges to 2 (three roundings), k₀
    /// through V to 4; the top level's area through the rounding of f₁, which 1 − f₁ magnifies.
    @Test func everyLevelFollowsTheRecurrence() {
        #expect(Self.edge(255) == Self.r)
        #expect(abs(Self.edge(0) * Self.density[255] - Self.area) <= 4 * Self.area.ulp)
        var deviations = 0
        for i in 1...255 {
            let x = Self.edge(i), f = Self.density[i]
            if abs(f - exp(-0.5 * x * x)) > f * (x * x.ulp / 2 + x * x * 0x1p-54 + 0x1p-51) { deviations += 1 }
            if i >= 2 {
                let above = Self.density[i - 1]
                if abs(above - (Self.area / x + f)) > 4 * above.ulp { deviations += 1 }
                let k = UInt64((0x1p52 * Self.edge(i - 1) / x).rounded(.down))
                if max(k, Self.threshold[i]) - min(k, Self.threshold[i]) > 2 { deviations += 1 }
            }
        }
        #expect(deviations == 0)
        let k0 = UInt64((0x1p52 * Self.r * Self.density[255] / Self.area).rounded(.down))
        #expect(max(k0, Self.threshold[0]) - min(k0, Self.threshold[0]) <= 4)
        // The top level closes at x₀ = 0: its wedge has the area V.
        let top = Self.edge(1) * (1 - Self.density[1])
        #expect(abs(top - Self.area) <= Self.edge(1) * Self.density[1].ulp / 2 + 4 * Self.area.ulp)
    }

    /// Draws of one seed as numpy's random_standard_normal makes them from the same 64-bit
    /// words with these tables, by its transcription to Python (which, given numpy's tables
    /// and numpy's PCG64 words, gives numpy's own draws bit for bit): a rectangle (draw 0), a
    /// wedge kept (4), a wedge rejected and drawn again (62), the tail (2170, positive by the
    /// position's bit 8 although the sign bit is set, as numpy's; 4016, negative). The 5,000
    /// draws take 5,115 words: every rejection and tail costs what numpy's do.
    @Test func theDrawsAreNumpys() {
        var rng = RandomStreams(seed: 2026).generator(replication: 0, purpose: 0)
        var words = rng
        let draws = (0..<5_000).map { _ in rng.standardNormal() }
        #expect(draws[0] == 0x1.29266f4b6fab0p+0)
        #expect(draws[4] == 0x1.0585a0bcacef5p-1)
        #expect(draws[62] == -0x1.d1f6d9a69a1e0p-1)
        #expect(draws[2170] == 0x1.f0518423cc794p+1)
        #expect(draws[4016] == -0x1.0a1848deec23ep+2)
        for _ in 0..<5_115 { _ = words.next() }
        #expect(rng.next() == words.next())
    }

    @Test func theLognormalDistributionDrawsByTheZiggurat() {
        var a = RandomStreams(seed: 5).generator(replication: 0, purpose: 0)
        var b = a
        let draws = (0..<10_000).map { _ in Distribution.lognormal(mu: 1.5, sigma: 0.4).sample(&a) }
        #expect(draws == (0..<10_000).map { _ in tableExp(1.5 + 0.4 * b.standardNormal()) })
    }

    static let sampleCount = 1_000_000
    static let samples: [Double] = {
        var rng = RandomStreams(seed: 20_261_203).generator(replication: 0, purpose: 0)
        return (0..<sampleCount).map { _ in rng.standardNormal() }
    }()

    /// Decided before the draws, 5 checks of the suite's family (StatisticalDesign), each at
    /// its per-check level: (1) Pearson's χ² of the probability-integral transforms Φ(x) in
    /// 1,000 equiprobable bins (1,000 expected in each) below the upper χ² quantile with 999
    /// degrees of freedom; (2) the t interval of the mean contains 0; (3) the t interval of x²
    /// contains the variance 1; (4) the draws beyond ±r, the tail's, a binomial count with
    /// p = erfc(r/√2) (258 expected), within the normal bound of n·p; (5) the negative draws,
    /// a binomial count with p = 1/2, within the normal bound: the sign is symmetric.
    @Test func aMillionDrawsAreNormal() {
        let xs = Self.samples
        let bins = 1_000
        var counts = [Int](repeating: 0, count: bins)
        for x in xs { counts[min(bins - 1, Int(0.5 * erfc(-x / 2.0.squareRoot()) * Double(bins)))] += 1 }
        let expected = Double(xs.count) / Double(bins)
        let chiSquare = counts.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        let critical = StatisticalDesign.chiSquareUpperQuantile(StatisticalDesign.perCheckLevel, degreesOfFreedom: Double(bins - 1))
        #expect(chiSquare < critical, "χ² \(chiSquare) against \(critical)")

        let mean = StatisticalDesign.interval(xs)
        #expect(mean.contains(0), "mean outside [\(mean.lower), \(mean.upper)]")
        let variance = StatisticalDesign.interval(xs.map { $0 * $0 })
        #expect(variance.contains(1), "variance outside [\(variance.lower), \(variance.upper)]")

        let n = Double(xs.count)
        let p = erfc(Self.r / 2.0.squareRoot())
        let tail = Double(xs.count(where: { abs($0) > Self.r }))
        #expect(abs(tail - n * p) <= StatisticalDesign.normalBound * (n * p * (1 - p)).squareRoot(),
                "\(tail) draws beyond ±r against \(n * p) expected")
        let negative = Double(xs.count(where: { $0 < 0 }))
        #expect(abs(negative - n / 2) <= StatisticalDesign.normalBound * (n / 4).squareRoot(),
                "\(negative) negative draws against \(n / 2) expected")
        #expect(xs.allSatisfy { $0.isFinite })
    }
}
