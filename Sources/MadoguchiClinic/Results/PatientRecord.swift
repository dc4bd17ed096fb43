/// One patient's passage through reception, in the spirit of Ciw's data records: written
/// once when the patient leaves, never changed. Times are seconds from opening; a stage the
/// patient never reached is nil. It holds everything the statistics fold (MetricCatalogue).
package struct PatientRecord: Sendable, Equatable, Codable {
    package let id: Int
    package let path: CredentialPath
    package let visit: VisitType
    package let method: AuthMethod
    package let arrival: Double
    package let readerStart: Double?
    package let readerEnd: Double?
    package let deskQueueEntry: Double?
    package let serviceStart: Double?
    package let serviceEnd: Double?
    package let faults: FaultSet
    package let recoveryStart: Double?
    package let recoveryEnd: Double?
    package let outcome: Outcome
    /// Seconds spent queueing for the reader and the desk, not being served.
    package let wait: Double
    /// Staff answers that DOMAIN.md's recovery calls wrong (10割 by default, using another
    /// person's record, leaving a reader in visual mode).
    package let decisionErrors: Int

    package init(id: Int, path: CredentialPath, visit: VisitType, method: AuthMethod, arrival: Double,
                readerStart: Double?, readerEnd: Double?, deskQueueEntry: Double?, serviceStart: Double?, serviceEnd: Double?,
                faults: FaultSet, recoveryStart: Double?, recoveryEnd: Double?, outcome: Outcome, wait: Double, decisionErrors: Int) {
        self.id = id
        self.path = path
        self.visit = visit
        self.method = method
        self.arrival = arrival
        self.readerStart = readerStart
        self.readerEnd = readerEnd
        self.deskQueueEntry = deskQueueEntry
        self.serviceStart = serviceStart
        self.serviceEnd = serviceEnd
        self.faults = faults
        self.recoveryStart = recoveryStart
        self.recoveryEnd = recoveryEnd
        self.outcome = outcome
        self.wait = wait
        self.decisionErrors = decisionErrors
    }

    package var reneged: Bool { outcome == .reneged }

    /// When the patient left reception. A served patient left the desk at `serviceEnd`, one
    /// recovering from a fault at `recoveryEnd`; one who gave up without a fault left from the
    /// queue he stood in once the wait counted in `wait` was over: the reader's, which he
    /// joined on arrival, or the desk's, after the part of his wait spent before it.
    package var departure: Double {
        Self.departure(arrival: arrival, readerStart: readerStart, deskQueueEntry: deskQueueEntry,
                       left: serviceEnd ?? recoveryEnd, wait: wait)
    }

    /// The same from the times a recording keeps, `left` being the time kept, if any.
    package static func departure(arrival: Double, readerStart: Double?, deskQueueEntry: Double?, left: Double?, wait: Double) -> Double {
        if let left { return left }
        guard let entry = deskQueueEntry else { return arrival + wait }
        let beforeDesk = (readerStart ?? entry) - arrival
        return entry + (wait - beforeDesk)
    }
}
