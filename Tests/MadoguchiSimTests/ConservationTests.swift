import MadoguchiSim
import Testing

/// Customers are neither created nor lost: after every single event,
/// arrived = served + reneged + in system.
@Suite struct ConservationTests {
    @Test(arguments: [1, 2, 4])
    func holdsAfterEveryEvent(servers: Int) {
        let lambda = 1.1 * Double(servers)  // overloaded, so that many give up
        let configuration = MultiServerQueue.Configuration(
            interarrival: .exponential(mean: 1 / lambda), service: .erlang(k: 2, mean: 1), servers: servers,
            patience: .exponential(mean: 4), horizon: 3_000)
        var sim = MultiServerQueue.simulator(configuration, seed: 5, replication: servers)
        var violations = 0
        var firstViolation: String?
        while sim.step() {
            let s = sim.model.statistics
            let pool = sim.model.pool
            let ok = s.arrived == s.served + s.reneged + sim.model.inSystem
                && pool.busy <= servers && pool.queueLength >= 0
                && (pool.queueLength == 0 || pool.busy == servers)
            if !ok {
                violations += 1
                if firstViolation == nil {
                    firstViolation = "t = \(sim.now): arrived \(s.arrived), served \(s.served), reneged \(s.reneged), busy \(pool.busy), queue \(pool.queueLength)"
                }
            }
        }
        #expect(violations == 0, "\(violations) violations; first: \(firstViolation ?? "")")
        let s = sim.model.statistics
        #expect(s.reneged > 0 && s.served > 0)
        #expect(s.arrived == s.served + s.reneged && sim.model.inSystem == 0)
    }
}
