import Testing
@testable import MadoguchiSim

/// A prepared `Chance` answers exactly as `chance(_: Double)` does, draw for draw, so that
/// preparing a scenario's chances changes no patient.
@Suite struct ChanceTests {
    static let probabilities: [Double] = [0, 1, 0.5, 0.3, 0.05, 0.999_999, 1e-300, 0x1p-53, 0x1p-54, 3 * 0x1p-53,
                                          (0.7).nextUp, (0.7).nextDown, (1.0).nextDown, -0.2, 1.5, .infinity, .nan]

    /// Around the threshold, where the two comparisons could part: the draws k just below and
    /// above it, turned into the double `unit()` gives.
    @Test(arguments: probabilities)
    func theThresholdSplitsTheDrawsAsTheDoubleDoes(p: Double) {
        let threshold = Chance(p).threshold
        #expect(threshold <= UInt64(1) << 53)
        let last: UInt64 = 1 << 53 - 1
        let draws: [UInt64] = [threshold &- 2, threshold &- 1, threshold, threshold + 1, 0, last]
        for k in draws where k <= last {
            #expect((k < threshold) == (Double(k) * 0x1p-53 < p), "p \(p), draw \(k)")
        }
    }

    @Test(arguments: probabilities)
    func theSameDrawsGiveTheSameAnswers(p: Double) {
        var a = Xoshiro256(seed: 12), b = a
        let chance = Chance(p)
        var agreed = 0
        for _ in 0..<10_000 where a.chance(chance) == b.chance(p) { agreed += 1 }
        #expect(agreed == 10_000)
        #expect(a.next() == b.next(), "one draw each")
    }
}
