import MadoguchiClinic
import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// A patient's per-visit faults are drawn eight to a draw, each from its own uniform whose
/// 7-bit whole part is a byte of the shared draw and whose fraction is drawn only when needed
/// (`FaultChances`). Each must still strike independently with its own chance, and a
/// patient's uniforms must not depend on the chances.
@Suite struct FaultChancesTests {
    static func faults(_ probabilities: [Double]) -> [(fault: FaultSet, probability: Double)] {
        probabilities.enumerated().map { (FaultSet(rawValue: 1 << UInt16($0.offset)), $0.element) }
    }

    /// Faults that cannot strike cost one draw for eight (two for ten) and give none; faults
    /// that always strike all do, in the first group of eight and past it.
    @Test func noChanceTakesOneDrawForEightAndCertaintyStrikesEveryFault() {
        for (count, draws) in [(3, 1), (8, 1), (10, 2)] {
            var rng = SplitMix64(seed: 7)
            var past = rng
            for _ in 0..<draws { _ = past.next() }
            #expect(FaultChances(Self.faults(Array(repeating: 0, count: count))).draw(&rng) == FaultSet())
            #expect(rng.next() == past.next(), "\(count) faults")
            let always = FaultChances(Self.faults(Array(repeating: 1, count: count)))
            #expect(always.draw(&rng) == FaultSet(rawValue: UInt16(1 << count - 1)), "\(count) faults")
        }
        let last = FaultChances(Self.faults(Array(repeating: 0, count: 9) + [1]))
        var rng = SplitMix64(seed: 8)
        #expect(last.draw(&rng) == FaultSet(rawValue: 1 << 9))
        #expect(FaultChances([]).draw(&rng) == FaultSet())
    }

    /// Common random numbers: over 200,000 patients, raising one fault's chance (within its
    /// byte's step, 0.0100 → 0.0101, and across steps, 0.2 → 0.3) strikes everyone the lower
    /// chance struck and more (20 and 20,000 expected), and moves no other fault.
    @Test func aHigherChanceStrikesEveryoneTheLowerStruckAndMovesNoOtherFault() {
        let base: [Double] = [0.2, 0.01, 0.05, 0.5, 0.03, 0.0005, 0.02, 0.05, 0.3]
        for (raised, to) in [(1, 0.0101), (0, 0.3)] {
            var higher = base
            higher[raised] = to
            let low = FaultChances(Self.faults(base)), high = FaultChances(Self.faults(higher))
            let bit = FaultSet(rawValue: 1 << UInt16(raised))
            var more = 0
            for seed in 0..<200_000 as Range<UInt64> {
                var a = SplitMix64(seed: SplitMix64.mix(seed)), b = a
                let before = low.draw(&a), after = high.draw(&b)
                if after.subtracting(bit) != before.subtracting(bit) { Issue.record("seed \(seed): another fault moved") }
                if before.isSuperset(of: bit) && !after.isSuperset(of: bit) { Issue.record("seed \(seed): a strike was lost") }
                if after.isSuperset(of: bit) && !before.isSuperset(of: bit) { more += 1 }
            }
            #expect(more > 0, "fault \(raised) raised to \(to) strikes no one new")
        }
    }

    /// Decided before the draws, 1 check of the suite's family (StatisticalDesign) at its
    /// per-check level: Pearson's χ² of the counts of the 8 possible sets of three faults
    /// (chances 0.3, 0.5 and 0.01: 38.4, 64 and 1.28 in 128ths, so the fractions decide some
    /// draws) over 200,000 patients, against the product of independent chances (the rarest
    /// set, all three, expects 300), below the upper χ² quantile with 7 degrees of freedom.
    @Test func faultsStrikeIndependentlyWithTheirOwnChances() {
        let probabilities = [0.3, 0.5, 0.01]
        let chances = FaultChances(Self.faults(probabilities))
        var streams = RandomStreams(seed: 20_261_202).generator(replication: 0, purpose: 0)
        let n = 200_000
        var counts = [UInt16: Int]()
        for _ in 0..<n {
            var rng = SplitMix64(seed: streams.next())
            counts[chances.draw(&rng).rawValue, default: 0] += 1
        }
        var chiSquare = 0.0
        for cell in 0..<8 as Range<UInt16> {
            let p = probabilities.indices.reduce(1.0) { $0 * (cell & 1 << $1 != 0 ? probabilities[$1] : 1 - probabilities[$1]) }
            let expected = Double(n) * p, observed = Double(counts[cell, default: 0])
            chiSquare += (observed - expected) * (observed - expected) / expected
        }
        #expect(counts.values.reduce(0, +) == n)
        let critical = StatisticalDesign.chiSquareUpperQuantile(StatisticalDesign.perCheckLevel, degreesOfFreedom: 7)
        #expect(chiSquare < critical, "χ² \(chiSquare) against \(critical)")
    }
}
