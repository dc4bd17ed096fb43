import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// The arithmetic of the suite's statistical design, against R's and SciPy's values
/// (qt, qnorm, qchisq).
@Suite struct StatisticalDesignTests {
    @Test func familyAndLevel() {
        #expect(StatisticalDesign.familySize == 83)
        #expect(StatisticalDesign.Check.allCases.reduce(0) { $0 + $1.intervals } == 61)
        #expect(abs(StatisticalDesign.perCheckLevel - 0.01 / 83) < 1e-18)
    }

    @Test func quantilesAtThePerCheckLevel() {
        // qt(1 − 0.01/83/2, 19) = 4.814467; qnorm(1 − 0.01/83/2) = 3.845143.
        #expect(abs(StatisticalDesign.criticalValue(count: 20) - 4.814467) < 1e-3)
        #expect(abs(StatisticalDesign.normalBound - 3.845143) < 1e-5)
        // The interval's level is 1 − α, which rounds; at 2 degrees of freedom t ≈ 83 is steep.
        let halfWidth = StatisticalDesign.criticalValue(count: 3) / 3.0.squareRoot()
        #expect(abs(StatisticalDesign.interval([1, 2, 3]).halfWidth - halfWidth) < 1e-9 * halfWidth)
    }

    /// The guard's χ² quantile may err only upwards (a guard then fails by chance less often
    /// than allotted), and by little: qchisq(1 − 0.01/83, 19) = 50.24811; at 999 degrees, as
    /// the ziggurats' goodness of fit uses it, qchisq(1 − 0.01/83, 999) = 1171.497.
    @Test func chiSquareQuantileIsSlightlyConservative() {
        let q = StatisticalDesign.chiSquareUpperQuantile(StatisticalDesign.perCheckLevel, degreesOfFreedom: 19)
        #expect(q >= 50.24811 && q < 50.24811 * 1.01, "\(q)")
        let q999 = StatisticalDesign.chiSquareUpperQuantile(StatisticalDesign.perCheckLevel, degreesOfFreedom: 999)
        #expect(q999 >= 1171.497 && q999 < 1171.497 * 1.001, "\(q999)")
        // qchisq(0.95, 10) = 18.30704
        let q95 = StatisticalDesign.chiSquareUpperQuantile(0.05, degreesOfFreedom: 10)
        #expect(abs(q95 - 18.30704) < 0.05, "\(q95)")
    }
}
