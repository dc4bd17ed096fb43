import MadoguchiClinic

/// A run's statistics folded by the tests from its patient records alone (and, for the
/// usage rate, from the online results in its event log), without `ClinicStatistics`: what
/// the printed numbers must be. A patient who arrived in the warm-up counts only as arrived.
/// Lists keep the order in which patients left, the order the model tallies them in.
package struct RecordFold {
    package private(set) var arrived = 0
    /// Patients who arrived after the warm-up: everything below counts only them.
    package private(set) var counted = 0
    package private(set) var reneged = 0
    /// Waits before the desk of the patients who did not renege.
    package private(set) var waits: [Double] = []
    package private(set) var waitsByPath: [CredentialPath: [Double]] = [:]
    package private(set) var patientsByPath: [CredentialPath: Int] = [:]
    package private(set) var timesAtReception: [Double] = []
    package private(set) var outcomes: [Outcome: Int] = [:]
    package private(set) var struck: [Fault: Int] = [:]
    /// From the first fault to leaving, once per fault the patient met.
    package private(set) var recoveries: [Fault: [Double]] = [:]
    package private(set) var faultOutcomes: [Fault: [Outcome: Int]] = [:]
    package private(set) var myNumberConfirmations = 0
    package private(set) var onlineConfirmations = 0

    package init(_ records: [PatientRecord], warmup: Double, log: [TimedClinicEvent] = []) {
        var arrival: [Int: Double] = [:]
        for record in records {
            arrival[record.id] = record.arrival
            add(record, warmup: warmup)
        }
        for entry in log {
            guard case .onlineResult(let patient, let result) = entry.event, let time = arrival[patient], time >= warmup else { continue }
            onlineConfirmations += 1
            if result.via.isMyNumber { myNumberConfirmations += 1 }
        }
    }

    package var served: Int { counted - reneged }

    /// Time spent queueing: for the reader (or, for a card patient moved on without one, for
    /// the desk queue he was moved to) and for the desk, up to desk service.
    package static func wait(_ r: PatientRecord) -> Double {
        let beforeDesk = r.readerStart.map { $0 - r.arrival } ?? r.deskQueueEntry.map { $0 - r.arrival } ?? 0
        let atDesk = r.serviceStart.flatMap { start in r.deskQueueEntry.map { start - $0 } } ?? 0
        return beforeDesk + atDesk
    }

    mutating func add(_ r: PatientRecord, warmup: Double) {
        arrived += 1
        guard r.arrival >= warmup else { return }
        counted += 1
        patientsByPath[r.path, default: 0] += 1
        outcomes[r.outcome, default: 0] += 1
        if r.reneged {
            reneged += 1
        } else {
            waits.append(Self.wait(r))
            waitsByPath[r.path, default: []].append(Self.wait(r))
            if let end = r.serviceEnd { timesAtReception.append(end - r.arrival) }
        }
        for fault in r.faults.faults {
            struck[fault, default: 0] += 1
            faultOutcomes[fault, default: [:]][r.outcome, default: 0] += 1
            if let start = r.recoveryStart, let end = r.recoveryEnd { recoveries[fault, default: []].append(end - start) }
        }
    }
}
