import MadoguchiClinic

/// The figures of one simulated day or of many replications of it, folded from patient
/// records replication by replication: waits, queues over the day, faults.
struct DayFigures {
    private(set) var waits = WaitFigures()
    private(set) var queue: QueueProfile
    private(set) var faults = FaultFigures()
    private(set) var replications = 0
    /// Patients who count (arrived after the warm-up), over all replications.
    private(set) var counted = 0
    private(set) var reneged = 0
    let warmup: Double

    /// `end`: the latest moment a patient may still be at reception, for the queue's grid.
    init(end: Double, warmup: Double) {
        queue = QueueProfile(end: end)
        self.warmup = warmup
    }

    /// `queuesFromRecord`: false when the queues come from elsewhere (a session's events,
    /// through `addQueueing`), which also know the patients who had not left.
    mutating func add(_ patient: ReportPatient, queuesFromRecord: Bool = true) {
        if queuesFromRecord { queue.add(patient) }
        guard patient.arrival >= warmup else { return }
        counted += 1
        if patient.reneged { reneged += 1 }
        waits.add(patient)
        faults.add(patient)
    }

    mutating func addQueueing(_ line: QueueProfile.Line, from: Double, to: Double) {
        queue.add(line, from: from, to: to)
    }

    mutating func endReplication() {
        waits.endReplication()
        queue.endReplication()
        faults.endReplication()
        replications += 1
    }
}
