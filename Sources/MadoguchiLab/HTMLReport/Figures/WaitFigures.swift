import MadoguchiClinic
import MadoguchiSim

/// Waits before the desk of served patients who count (arrived after the warm-up), per
/// credential path and overall: every wait pooled for the histogram and percentiles, and
/// each replication's mean for an interval across replications.
struct WaitFigures {
    /// Index `CredentialPath.index`, and `overall` for everyone.
    static let overall = CredentialPath.allCases.count
    private(set) var pooled = Array(repeating: SecondsHistogram(), count: overall + 1)
    /// Means of the replications that had such a patient.
    private(set) var replicationMeans = Array(repeating: Tally(), count: overall + 1)
    private var current = Array(repeating: Tally(), count: overall + 1)

    mutating func add(_ patient: ReportPatient) {
        guard !patient.reneged else { return }
        for index in [patient.path.index, Self.overall] {
            pooled[index].add(patient.wait)
            current[index].add(patient.wait)
        }
    }

    mutating func endReplication() {
        for index in current.indices where current[index].count > 0 {
            replicationMeans[index].add(current[index].mean)
        }
        current = Array(repeating: Tally(), count: Self.overall + 1)
    }
}
