import MadoguchiSim
import Testing

/// Table checks, not statistics: the printed tables round to three decimals.
@Suite struct StudentTTests {
    @Test(arguments: [(1, 12.706), (2, 4.303), (4, 2.776), (9, 2.262), (29, 2.045), (100, 1.984)])
    func criticalValuesMatchTheTable(degreesOfFreedom: Int, table: Double) {
        let t = StudentT.criticalValue(twoSidedTail: 0.05, degreesOfFreedom: degreesOfFreedom)
        #expect(abs(t - table) < 0.002, "df \(degreesOfFreedom): \(t)")
    }

    @Test func otherLevels() {
        // 99 % two-sided, df 10: 3.169; 90 %, df 20: 1.725.
        #expect(abs(StudentT.criticalValue(twoSidedTail: 0.01, degreesOfFreedom: 10) - 3.169) < 0.002)
        #expect(abs(StudentT.criticalValue(twoSidedTail: 0.10, degreesOfFreedom: 20) - 1.725) < 0.002)
        // Large df tends to the normal quantile.
        #expect(abs(StudentT.criticalValue(twoSidedTail: 0.05, degreesOfFreedom: 100_000) - 1.959964) < 0.001)
    }

    @Test func normalQuantile() {
        #expect(abs(MadoguchiSim.normalQuantile(0.975) - 1.959964) < 1e-6)
        #expect(abs(MadoguchiSim.normalQuantile(0.5)) < 1e-12)
        #expect(abs(MadoguchiSim.normalQuantile(0.001) + 3.090232) < 1e-6)
        #expect(abs(MadoguchiSim.normalQuantile(0.9) - 1.281552) < 1e-6)
        #expect(abs(MadoguchiSim.normalQuantile(1e-10) + 6.361341) < 1e-5)
    }
}
