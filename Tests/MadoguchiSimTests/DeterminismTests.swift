import MadoguchiSim
import MadoguchiTestSupport
import Testing

@Suite struct DeterminismTests {
    static let configuration = MultiServerQueue.Configuration(
        interarrival: .exponential(mean: 1 / 2.5), service: .lognormal(median: 1, p90: 2), servers: 3,
        patience: .uniform(min: 0, max: 10), horizon: 2_000, warmup: 100)

    static func run(seed: UInt64, replication: Int = 0) -> MultiServerQueue.Statistics {
        var sim = MultiServerQueue.simulator(configuration, seed: seed, replication: replication)
        sim.runToCompletion()
        return sim.model.statistics
    }

    static func summary(_ s: MultiServerQueue.Statistics) -> [Double] {
        [Double(s.arrived), Double(s.served), Double(s.reneged), Double(s.delayed), s.wait.mean,
         s.wait.variance, s.wait.max, s.queueLength.average(at: 2_000)]
    }

    @Test func sameSeedGivesIdenticalStatistics() {
        #expect(Self.summary(Self.run(seed: 42)) == Self.summary(Self.run(seed: 42)))
        #expect(Self.summary(Self.run(seed: 42, replication: 3)) == Self.summary(Self.run(seed: 42, replication: 3)))
    }

    @Test func anotherSeedOrReplicationGivesDifferentStatistics() {
        let base = Self.run(seed: 42)
        #expect(Self.run(seed: 43).wait.mean != base.wait.mean)
        #expect(Self.run(seed: 42, replication: 1).wait.mean != base.wait.mean)
    }

    /// Common random numbers: the arrival stream does not depend on how many service or
    /// patience draws the rest of the model makes.
    @Test func arrivalsDoNotDependOnServiceDraws() {
        var other = Self.configuration
        other.service = .erlang(k: 3, mean: 0.5)
        other.patience = nil
        var a = MultiServerQueue.simulator(Self.configuration, seed: 9)
        var b = MultiServerQueue.simulator(other, seed: 9)
        a.runToCompletion()
        b.runToCompletion()
        #expect(a.model.statistics.arrived == b.model.statistics.arrived)
    }

    @Test func streamsDifferByPurposeReplicationAndSeed() {
        func prefix(_ g: Xoshiro256) -> [UInt64] {
            var g = g
            return (0..<4).map { _ in g.next() }
        }
        var seen: Set<[UInt64]> = []
        for seed: UInt64 in [0, 1] {
            let streams = RandomStreams(seed: seed)
            for replication in 0..<4 {
                for purpose: UInt64 in 0..<4 {
                    seen.insert(prefix(streams.generator(replication: replication, purpose: purpose)))
                }
            }
        }
        #expect(seen.count == 2 * 4 * 4)
        let streams = RandomStreams(seed: 7)
        #expect(prefix(streams.generator(replication: 2, purpose: 1)) == prefix(streams.generator(replication: 2, purpose: 1)))
    }

    /// Two streams of one run must not be correlated: the sample correlation of 100 000
    /// pairs of uniforms has a standard error of 1/√n, so its interval must contain 0.
    @Test func neighbouringStreamsAreUncorrelated() {
        let streams = RandomStreams(seed: 3)
        var a = streams.generator(replication: 0, purpose: 1)
        var b = streams.generator(replication: 0, purpose: 2)
        var products: [Double] = []
        products.reserveCapacity(100_000)
        for _ in 0..<100_000 {
            products.append((a.unit() - 0.5) * (b.unit() - 0.5) * 12)
        }
        #expect(StatisticalDesign.interval(products).contains(0))
    }
}
