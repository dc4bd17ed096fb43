import MadoguchiSim
import Testing

/// M/G/1 mean wait in queue against Pollaczek–Khinchine, for service times of different
/// variability (squared coefficient of variation 0, 1/3, 1/2 and 2.25).
@Suite struct MG1PollaczekKhinchineTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let service: Distribution
        let utilization: Double
        /// n·Var(mean wait)/Wq², from a pilot of 400 replications of this design's length
        /// (release build), rounded up by about 10 %.
        let relativeVariance: Double
        let relativeHalfWidth: Double
        var testDescription: String { "M/\(name)/1 at ρ = \(utilization)" }
    }

    static let cases: [Case] = [
        Case(name: "D", service: .deterministic(1), utilization: 0.8, relativeVariance: 75, relativeHalfWidth: 0.05),
        Case(name: "E2", service: .erlang(k: 2, mean: 1), utilization: 0.8, relativeVariance: 95, relativeHalfWidth: 0.05),
        Case(name: "U(0,2)", service: .uniform(min: 0, max: 2), utilization: 0.8, relativeVariance: 80, relativeHalfWidth: 0.05),
        Case(name: "LN(cv 1.5)", service: .lognormal(mean: 1, cv: 1.5), utilization: 0.7, relativeVariance: 310, relativeHalfWidth: 0.07),
    ]

    @Test(arguments: cases)
    func meanWaitMatchesPollaczekKhinchine(_ c: Case) {
        let meanService = c.service.mean
        let lambda = c.utilization / meanService
        let theory = QueueingTheory.mg1MeanWait(
            arrivalRate: lambda, serviceMean: meanService, serviceSecondMoment: c.service.secondMoment)
        // Heavy-traffic relaxation time scales with (1 + cs²)/2 relative to M/M/1.
        let cs2 = c.service.secondMoment / (meanService * meanService) - 1
        let warmup = 10 * max(1, (1 + cs2) / 2)
            * Replications.relaxationTime(servers: 1, serviceRate: 1 / meanService, utilization: c.utilization)
        let customers = Replications.customers(relativeVariance: c.relativeVariance, relativeHalfWidth: c.relativeHalfWidth)
        let configuration = MultiServerQueue.Configuration(
            interarrival: .exponential(mean: 1 / lambda), service: c.service,
            servers: 1, horizon: warmup + customers / 10 / lambda, warmup: warmup)

        // A 95 % interval misses one time in twenty when everything is right. Seed 19 570 101
        // put M/E2/1 2.7 standard errors high; 400 replications of this design with seed 4 242
        // gave a bias of −0.3 % ± 0.6 % (and 200 with each of seeds 1, 2, 3 agreed), so that
        // was chance, and the suite moved to the next seed rather than widening anything.
        let runs = Replications.run(configuration, seed: 19_570_102)
        let ci = ConfidenceInterval(runs.map(\.wait.mean))
        #expect(ci.contains(theory), "Wq \(theory) outside [\(ci.lower), \(ci.upper)]")
        // As designed, give or take the randomness of a 10-replication half-width (P(s > 2σ) < 1e-4).
        #expect(ci.halfWidth < 2 * c.relativeHalfWidth * theory)
    }
}
