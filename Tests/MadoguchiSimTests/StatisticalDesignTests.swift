import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// The arithmetic of the suite's statistical design, against R's and SciPy's values
/// (qt, qnorm, qchisq).
@Suite struct StatisticalDesignTests {
    @Test func familyAndLevel() {
        #expect(StatisticalDesign.familySize == 69)
        #expect(StatisticalDesign.Check.allCases.reduce(0) { $0 + $1.intervals } == 49)
        #expect(abs(StatisticalDesign.perCheckLevel - 0.01 / 69) < 1e-18)
    }

    @Test func quantilesAtThePerCheckLevel() {
        // qt(1 − 0.01/69/2, 19) = 4.732417; qnorm(1 − 0.01/69/2) = 3.799604.
        #expect(abs(StatisticalDesign.criticalValue(count: 20) - 4.732417) < 1e-3)
        #expect(abs(StatisticalDesign.normalBound - 3.799604) < 1e-5)
        // The interval's level is 1 − α, which rounds; at 2 degrees of freedom t ≈ 82 is steep.
        let halfWidth = StatisticalDesign.criticalValue(count: 3) / 3.0.squareRoot()
        #expect(abs(StatisticalDesign.interval([1, 2, 3]).halfWidth - halfWidth) < 1e-9 * halfWidth)
    }

    /// The guard's χ² quantile may err only upwards (a guard then fails by chance less often
    /// than allotted), and by little: qchisq(1 − 0.01/69, 19) = 49.70281.
    @Test func chiSquareQuantileIsSlightlyConservative() {
        let q = StatisticalDesign.chiSquareUpperQuantile(StatisticalDesign.perCheckLevel, degreesOfFreedom: 19)
        #expect(q >= 49.70281 && q < 49.70281 * 1.01, "\(q)")
        // qchisq(0.95, 10) = 18.30704
        let q95 = StatisticalDesign.chiSquareUpperQuantile(0.05, degreesOfFreedom: 10)
        #expect(abs(q95 - 18.30704) < 0.05, "\(q95)")
    }
}
