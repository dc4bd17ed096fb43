import GRDB
import MadoguchiClinic

/// One replication's row of `replications`, computed from its statistics before the write
/// lock is taken: the percentiles scan histograms, which workers should do in parallel.
public struct ReplicationSummary: Sendable {
    let values: [DatabaseValue]

    public init(_ statistics: ClinicStatistics) {
        values = ReplicationRow.values(statistics).map(\.databaseValue)
    }
}

/// The per-replication summary kept in `replications`: the columns after run_id and
/// replication, in table order, with their values from one replication's statistics.
enum ReplicationRow {
    static var columns: [String] {
        ["arrived", "served", "reneged", "counted",
         "wait_mean", "wait_p50", "wait_p90", "wait_p95", "wait_max",
         "time_at_reception_mean", "time_at_reception_p90"]
            + Outcome.allCases.map { "outcome_" + $0.rawValue }
            + Fault.allCases.map { "fault_" + $0.rawValue }
            + ["faults_recovered", "myna_confirmations", "online_confirmations", "usage_rate",
               "reader_utilization", "desk_utilization", "decision_errors", "closed_at"]
    }

    static func values(_ s: ClinicStatistics) -> [DatabaseValueConvertible] {
        let wait = s.wait, reception = s.timeAtReception
        var values: [DatabaseValueConvertible] = [
            s.arrived, s.served, s.reneged, s.counted,
            wait.tally.count > 0 ? wait.tally.mean : 0, wait.histogram.percentile(50), wait.histogram.percentile(90),
            wait.histogram.percentile(95), wait.histogram.max,
            reception.tally.count > 0 ? reception.tally.mean : 0, reception.histogram.percentile(90),
        ]
        values += Outcome.allCases.map { s.count($0) as DatabaseValueConvertible }
        values += Fault.allCases.map { s.faults[$0.index].count as DatabaseValueConvertible }
        values += [LabMetric.faultsRecovered(s), s.mynaConfirmations, s.onlineConfirmations, s.usageRate,
                   s.readerUtilization, s.staffUtilization, s.decisionErrors, s.duration]
        return values
    }
}
