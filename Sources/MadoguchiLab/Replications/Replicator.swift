import Dispatch
import MadoguchiClinic

/// Runs replications on every core. Replication r always uses stream r of the run seed and
/// lands in slot r, so the numbers do not depend on the thread count or the order of work.
package enum Replicator {
    package static func run(_ scenario: Scenario, seed: UInt64, replications: Range<Int>,
                           threads: Int = ProcessInfoCores.count) -> [ClinicStatistics] {
        let (values, _) = try! map(Array(replications), threads: threads, stop: nil, progress: nil) {
            ClinicRun.statistics(scenario, seed: seed, replication: $0)
        }
        return values.map { $0! }
    }

    /// `body(r)` for every replication r in `indices`, spread over `threads` workers. Each
    /// worker checks `stop` before starting a replication, so a stop request lets the ones
    /// under way finish and starts no more. Returns one slot per index (nil where a
    /// replication never ran) and whether the work was stopped early.
    package static func map<Value: Sendable>(_ indices: [Int], threads: Int, stop: StopFlag?, progress: ProgressMeter?,
                                            _ body: @Sendable (Int) throws -> Value) throws -> ([Value?], stopped: Bool) {
        let results = ResultSlots<Value>(count: indices.count)
        let failure = ResultSlots<FailureBox>(count: 1)
        let workers = max(1, min(threads, indices.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var i = worker
            while i < indices.count {
                if stop?.isStopped == true || failure[0] != nil { return }
                do {
                    results[i] = try body(indices[i])
                } catch {
                    failure[0] = FailureBox(error: error)
                    return
                }
                progress?.advance()
                i += workers
            }
        }
        if let box = failure[0] { throw box.error }
        let values = results.optionalValues
        return (values, values.contains { $0 == nil })
    }
}

struct FailureBox: @unchecked Sendable {
    let error: Error
}
