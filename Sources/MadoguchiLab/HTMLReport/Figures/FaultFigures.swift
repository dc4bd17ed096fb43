import MadoguchiClinic
import MadoguchiSim

/// Per fault: patients struck per day (across replications) and the time from the first
/// fault to leaving reception, pooled over every patient struck.
struct FaultFigures {
    private(set) var struckPerDay = Array(repeating: Tally(), count: Fault.allCases.count)
    private(set) var recovery = Array(repeating: SecondsHistogram(), count: Fault.allCases.count)
    private(set) var recovered = Array(repeating: 0, count: Fault.allCases.count)
    private var current = Array(repeating: 0, count: Fault.allCases.count)

    /// Counts patients who arrived after the warm-up, as the lab's statistics do.
    mutating func add(_ patient: ReportPatient) {
        for fault in patient.faults.faults {
            current[fault.index] += 1
            if patient.outcome.isRecovery { recovered[fault.index] += 1 }
            if let start = patient.recoveryStart, let end = patient.recoveryEnd { recovery[fault.index].add(end - start) }
        }
    }

    mutating func endReplication() {
        for i in current.indices { struckPerDay[i].add(Double(current[i])) }
        current = Array(repeating: 0, count: Fault.allCases.count)
    }
}
