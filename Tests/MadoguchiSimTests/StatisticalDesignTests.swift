import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// The arithmetic of the suite's statistical design, against R's and SciPy's values
/// (qt, qnorm, qchisq).
@Suite struct StatisticalDesignTests {
    @Test func familyAndLevel() {
        #expect(StatisticalDesign.familySize == 73)
        #expect(StatisticalDesign.Check.allCases.reduce(0) { $0 + $1.intervals } == 51)
        #expect(abs(StatisticalDesign.perCheckLevel - 0.01 / 73) < 1e-18)
    }

    @Test func quantilesAtThePerCheckLevel() {
        // qt(1 − 0.01/73/2, 19) = 4.757423; qnorm(1 − 0.01/73/2) = 3.813547.
        #expect(abs(StatisticalDesign.criticalValue(count: 20) - 4.757423) < 1e-3)
        #expect(abs(StatisticalDesign.normalBound - 3.813547) < 1e-5)
        // The interval's level is 1 − α, which rounds; at 2 degrees of freedom t ≈ 82 is steep.
        let halfWidth = StatisticalDesign.criticalValue(count: 3) / 3.0.squareRoot()
        #expect(abs(StatisticalDesign.interval([1, 2, 3]).halfWidth - halfWidth) < 1e-9 * halfWidth)
    }

    /// The guard's χ² quantile may err only upwards (a guard then fails by chance less often
    /// than allotted), and by little: qchisq(1 − 0.01/73, 19) = 49.86943.
    @Test func chiSquareQuantileIsSlightlyConservative() {
        let q = StatisticalDesign.chiSquareUpperQuantile(StatisticalDesign.perCheckLevel, degreesOfFreedom: 19)
        #expect(q >= 49.86943 && q < 49.86943 * 1.01, "\(q)")
        // qchisq(0.95, 10) = 18.30704
        let q95 = StatisticalDesign.chiSquareUpperQuantile(0.05, degreesOfFreedom: 10)
        #expect(abs(q95 - 18.30704) < 0.05, "\(q95)")
    }
}
