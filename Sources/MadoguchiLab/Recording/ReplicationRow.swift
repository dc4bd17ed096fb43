import GRDB
import MadoguchiClinic

/// One replication's row of `replications`, computed from its statistics before the write
/// lock is taken: the percentiles scan histograms, which workers should do in parallel.
package struct ReplicationSummary: Sendable {
    let values: [DatabaseValue]

    package init(_ statistics: ClinicStatistics) {
        values = ReplicationRow.values(statistics)
    }
}

/// The per-replication summary kept in `replications`: the columns after run_id and
/// replication (MetricCatalogue.columns), with their values from one replication's statistics.
enum ReplicationRow {
    static let columns = MetricCatalogue.columns.map { $0.column! }

    /// Counts as integers, the other figures as reals, as the table declares them.
    static func values(_ s: ClinicStatistics) -> [DatabaseValue] {
        MetricCatalogue.columns.map { metric in
            guard let value = metric.value(s) else { return .null }
            return metric.unit.isWhole ? Int64(value).databaseValue : value.databaseValue
        }
    }
}
