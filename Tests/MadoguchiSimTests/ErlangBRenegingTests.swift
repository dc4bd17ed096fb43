import MadoguchiSim
import Testing

/// With zero patience a customer who finds every server busy leaves at once: the queue
/// becomes the Erlang loss system, and the fraction who renege must be Erlang B. Erlang B is
/// insensitive to the service distribution, so a lognormal service must give the same.
@Suite struct ErlangBRenegingTests {
    @Test(arguments: [
        ("exponential", Distribution.exponential(mean: 1)),
        ("lognormal cv 2", Distribution.lognormal(mean: 1, cv: 2)),
    ])
    func renegedFractionMatchesErlangB(name: String, service: Distribution) {
        let lambda = 2.0, servers = 3
        let theory = QueueingTheory.erlangB(servers: servers, load: lambda * service.mean)
        // Warm-up 0: starting empty costs about one blocked customer per replication (the
        // loss system relaxes within a few service times), against ~2 000 blocked of 10 000.
        // 20 short replications rather than 10 long ones: the same customers, a steadier
        // estimate of the spread.
        let configuration = MultiServerQueue.Configuration(
            interarrival: .exponential(mean: 1 / lambda), service: service, servers: servers,
            patience: .deterministic(0), horizon: 5_000)

        let runs = Replications.run(configuration, count: 20, seed: 1_917)
        let ci = ConfidenceInterval(runs.map { Double($0.reneged) / Double($0.arrived) })
        #expect(ci.contains(theory), "B \(theory) outside [\(ci.lower), \(ci.upper)]")
        #expect(ci.halfWidth < 0.03 * theory)
        for s in runs {
            // Everyone who found the servers busy, and no one else, left; nobody waited.
            #expect(s.reneged == s.delayed)
            #expect(s.served + s.reneged == s.arrived)
            #expect(s.wait.max == 0)
        }
    }
}
