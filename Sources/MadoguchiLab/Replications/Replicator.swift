import Dispatch
import MadoguchiClinic

/// Runs replications on every core. Replication r always uses stream r of the run seed and
/// lands in slot r, so the numbers do not depend on the thread count or the order of work.
public enum Replicator {
    public static func run(_ scenario: Scenario, seed: UInt64, replications: Range<Int>,
                           threads: Int = ProcessInfoCores.count) -> [ClinicStatistics] {
        let indices = Array(replications)
        let results = ResultSlots<ClinicStatistics>(count: indices.count)
        let workers = max(1, min(threads, indices.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var i = worker
            while i < indices.count {
                results[i] = ClinicRun.statistics(scenario, seed: seed, replication: indices[i])
                i += workers
            }
        }
        return results.values
    }
}
