import MadoguchiClinic

/// A run of many replications, optionally recorded and stoppable: what `madoguchi run`
/// does once its scenario is loaded.
package enum LabRun {
    package struct Result: Sendable {
        /// Statistics of the replications that completed, in replication order.
        package var statistics: [ClinicStatistics]
        /// Their replication numbers.
        package var replications: [Int]
        /// Whether a stop request cut the run short.
        package var interrupted: Bool
    }

    /// Runs `info.ownReplications` of `scenario`. With a recorder, each replication is
    /// committed as it completes; the run ends `completed`, or `interrupted` when `stop` was
    /// raised or a write failed (the error is then rethrown).
    package static func run(_ scenario: Scenario, info: RunInfo, recorder: RunRecorder?,
                           stop: StopFlag = StopFlag(), progress: ProgressMeter? = nil) throws -> Result {
        let indices = info.ownReplications
        let seed = info.seed
        let slots: [ClinicStatistics?]
        let stopped: Bool
        do {
            if let recorder {
                (slots, stopped) = try Replicator.map(indices, threads: info.threads, stop: stop, progress: progress) { r in
                    let (statistics, patients) = ClinicRun.recorded(scenario, seed: seed, replication: r)
                    // Work that needs no database is done before taking the writer's turn:
                    // the summary's percentiles scan histograms, and rows go in by patient id.
                    try recorder.record(replication: r, summary: ReplicationSummary(statistics),
                                        patients: patients.sorted { $0.id < $1.id })
                    return statistics
                }
            } else {
                (slots, stopped) = try Replicator.map(indices, threads: info.threads, stop: stop, progress: progress) { r in
                    ClinicRun.statistics(scenario, seed: seed, replication: r)
                }
            }
        } catch {
            progress?.finish()
            try? recorder?.finish(.interrupted)
            throw error
        }
        progress?.finish()
        let interrupted = stopped
        try recorder?.finish(interrupted ? .interrupted : .completed)
        let done = zip(indices, slots).compactMap { r, s in s.map { (r, $0) } }
        return Result(statistics: done.map(\.1), replications: done.map(\.0), interrupted: interrupted)
    }
}
