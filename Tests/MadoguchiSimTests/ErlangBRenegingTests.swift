import MadoguchiSim
import MadoguchiTestSupport
import Testing

/// With zero patience a customer who finds every server busy leaves at once: the queue
/// becomes the Erlang loss system, and the fraction who renege must be Erlang B. Erlang B is
/// insensitive to the service distribution, so a lognormal service must give the same.
@Suite struct ErlangBRenegingTests {
    /// The designed standard deviation of one replication's fraction, relative to Erlang B:
    /// a pilot of 200 replications of this design (seed 9 000 001) gave 0.027 and 0.038,
    /// rounded up by about 10 %.
    @Test(arguments: [
        ("exponential", Distribution.exponential(mean: 1), 0.030),
        ("lognormal cv 2", Distribution.lognormal(mean: 1, cv: 2), 0.042),
    ])
    func renegedFractionMatchesErlangB(name: String, service: Distribution, relativeDeviation: Double) {
        let lambda = 2.0, servers = 3
        let theory = QueueingTheory.erlangB(servers: servers, load: lambda * service.mean)
        // Warm-up 0: starting empty costs about one blocked customer per replication (the
        // loss system relaxes within a few service times), against ~2 000 blocked of 10 000.
        let configuration = MultiServerQueue.Configuration(
            interarrival: .exponential(mean: 1 / lambda), service: service, servers: servers,
            patience: .deterministic(0), horizon: 5_000)

        let runs = Replications.run(configuration, seed: 1_917)
        let ci = StatisticalDesign.interval(runs.map { Double($0.reneged) / Double($0.arrived) })
        #expect(ci.contains(theory), "B \(theory) outside [\(ci.lower), \(ci.upper)]")
        let designed = StatisticalDesign.designedHalfWidth(standardDeviation: relativeDeviation * theory, count: runs.count)
        #expect(StatisticalDesign.isAsPreciseAsDesigned(ci, designedHalfWidth: designed), "\(ci.halfWidth) against \(designed)")
        #expect(runs.count == Replications.count)
        for s in runs {
            // Everyone who found the servers busy, and no one else, left; nobody waited.
            #expect(s.reneged == s.delayed)
            #expect(s.served + s.reneged == s.arrived)
            #expect(s.wait.max == 0)
        }
    }
}
