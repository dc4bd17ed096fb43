import MadoguchiClinic

/// What the report needs of one patient's record: when each stage began and whether and
/// when the patient left. Read from a lab run's `patients` or from a session's `left` events.
struct ReportPatient {
    var path: CredentialPath
    var arrival: Double
    var readerStart: Double?
    var deskQueueEntry: Double?
    var serviceStart: Double?
    var serviceEnd: Double?
    var faults: FaultSet
    var recoveryStart: Double?
    var recoveryEnd: Double?
    var outcome: Outcome
    /// When the patient left reception, if the source tells: a session's `left` event does;
    /// a lab record does for a served patient or one recovering from a fault, and since
    /// schema 5 (which keeps the wait) for one who gave up waiting without a fault too.
    var leftAt: Double?

    init(record: PatientRecord, leftAt: Double) {
        path = record.path
        arrival = record.arrival
        readerStart = record.readerStart
        deskQueueEntry = record.deskQueueEntry
        serviceStart = record.serviceStart
        serviceEnd = record.serviceEnd
        faults = record.faults
        recoveryStart = record.recoveryStart
        recoveryEnd = record.recoveryEnd
        outcome = record.outcome
        self.leftAt = leftAt
    }

    init(path: CredentialPath, arrival: Double, readerStart: Double?, deskQueueEntry: Double?, serviceStart: Double?,
         serviceEnd: Double?, faults: FaultSet, recoveryStart: Double?, recoveryEnd: Double?, outcome: Outcome, wait: Double?) {
        self.path = path
        self.arrival = arrival
        self.readerStart = readerStart
        self.deskQueueEntry = deskQueueEntry
        self.serviceStart = serviceStart
        self.serviceEnd = serviceEnd
        self.faults = faults
        self.recoveryStart = recoveryStart
        self.recoveryEnd = recoveryEnd
        self.outcome = outcome
        leftAt = wait.map {
            PatientRecord.departure(arrival: arrival, readerStart: readerStart, deskQueueEntry: deskQueueEntry,
                                    left: serviceEnd ?? recoveryEnd, wait: $0)
        } ?? serviceEnd ?? recoveryEnd
    }

    var reneged: Bool { outcome == .reneged }

    /// Time spent queueing before desk service, as the model counts it: for the reader (or,
    /// for a card patient sent on without one, until joining the desk queue) and at the desk.
    var wait: Double {
        let beforeDesk = readerStart.map { $0 - arrival } ?? deskQueueEntry.map { $0 - arrival } ?? 0
        let atDesk = serviceStart.flatMap { start in deskQueueEntry.map { start - $0 } } ?? 0
        return beforeDesk + atDesk
    }

    /// When the patient stood in the reader queue: from arrival to the reader, or to the
    /// desk queue for one sent on without it, or to leaving. The end is nil when the patient
    /// gave up there at a time not recorded.
    var readerQueue: (from: Double, to: Double?)? {
        if let end = readerStart ?? deskQueueEntry { return end > arrival ? (arrival, end) : nil }
        return (arrival, leftAt)
    }

    /// When the patient stood in the desk queue, likewise.
    var deskQueue: (from: Double, to: Double?)? {
        guard let entry = deskQueueEntry else { return nil }
        if let start = serviceStart { return start > entry ? (entry, start) : nil }
        return serviceEnd != nil ? nil : (entry, leftAt)
    }
}
