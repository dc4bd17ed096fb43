import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// M/M/c mean wait in queue against Erlang C.
@Suite struct MMcErlangCTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let servers: Int
        let utilization: Double
        /// n·Var(mean wait)/Wq² for n customers: the M/M/1 value is the closed form
        /// ρ(2 + 5ρ − 4ρ² + ρ³)/(1 − ρ)⁴ over Wq²; for c > 1 it comes from a pilot of 400
        /// replications (release build) twice as long as these, rounded up by about 10 %. A
        /// run many relaxation times long has the same variance per customer whatever its length.
        let relativeVariance: Double
        /// Design precision of the interval at the suite's per-check level; ρ = 0.9 is looser
        /// because its variance is ~10× larger and the suite must stay fast in debug builds.
        let relativeHalfWidth: Double
        var testDescription: String { "M/M/\(servers) at ρ = \(utilization)" }
    }

    static let cases: [Case] = [
        Case(servers: 1, utilization: 0.5, relativeVariance: 29, relativeHalfWidth: 0.10),
        Case(servers: 1, utilization: 0.9, relativeVariance: 443, relativeHalfWidth: 0.15),
        Case(servers: 2, utilization: 0.5, relativeVariance: 60, relativeHalfWidth: 0.10),
        Case(servers: 2, utilization: 0.9, relativeVariance: 510, relativeHalfWidth: 0.15),
        Case(servers: 3, utilization: 0.5, relativeVariance: 100, relativeHalfWidth: 0.10),
        Case(servers: 3, utilization: 0.7, relativeVariance: 130, relativeHalfWidth: 0.10),
        Case(servers: 3, utilization: 0.9, relativeVariance: 550, relativeHalfWidth: 0.15),
        Case(servers: 5, utilization: 0.5, relativeVariance: 200, relativeHalfWidth: 0.10),
        Case(servers: 5, utilization: 0.9, relativeVariance: 690, relativeHalfWidth: 0.15),
    ]

    @Test func theFamilyCountsEveryCase() {
        #expect(StatisticalDesign.Check.erlangC.intervals == Self.cases.count)
        #expect(StatisticalDesign.Check.erlangC.guards == Self.cases.count)
    }

    @Test(arguments: cases)
    func meanWaitMatchesErlangC(_ c: Case) {
        let mu = 1.0
        let lambda = Double(c.servers) * c.utilization * mu
        let theory = QueueingTheory.mmcMeanWait(arrivalRate: lambda, serviceRate: mu, servers: c.servers)
        let warmup = 10 * Replications.relaxationTime(servers: c.servers, serviceRate: mu, utilization: c.utilization)
        let customers = Replications.customers(relativeVariance: c.relativeVariance, relativeHalfWidth: c.relativeHalfWidth)
        let configuration = MultiServerQueue.Configuration(
            interarrival: .exponential(mean: 1 / lambda), service: .exponential(mean: 1 / mu),
            servers: c.servers, horizon: warmup + customers / Double(Replications.count) / lambda, warmup: warmup)

        let runs = Replications.run(configuration, seed: 20_240_601)
        let ci = StatisticalDesign.interval(runs.map(\.wait.mean))
        #expect(ci.contains(theory), "Wq \(theory) outside [\(ci.lower), \(ci.upper)]")
        #expect(StatisticalDesign.isAsPreciseAsDesigned(ci, designedHalfWidth: c.relativeHalfWidth * theory),
                "half-width \(ci.halfWidth) against the designed \(c.relativeHalfWidth * theory)")
    }
}
