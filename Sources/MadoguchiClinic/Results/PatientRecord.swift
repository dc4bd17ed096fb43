/// One patient's passage through reception, in the spirit of Ciw's data records: written
/// once when the patient leaves, never changed. Times are seconds from opening; a stage the
/// patient never reached is nil.
public struct PatientRecord: Sendable, Equatable, Codable {
    public var id: Int
    public var path: CredentialPath
    public var visit: VisitType
    public var method: AuthMethod
    public var arrival: Double
    public var readerStart: Double?
    public var readerEnd: Double?
    public var deskQueueEntry: Double?
    public var serviceStart: Double?
    public var serviceEnd: Double?
    public var faults: FaultSet
    public var recoveryStart: Double?
    public var recoveryEnd: Double?
    public var outcome: Outcome
    /// Seconds spent queueing for the reader and the desk, not being served.
    public var wait: Double
    /// Staff answers that DOMAIN.md's recovery calls wrong (10割 by default, using another
    /// person's record, leaving a reader in visual mode).
    public var decisionErrors: Int

    public var reneged: Bool { outcome == .reneged }

    /// When the patient left reception. A served patient left the desk at `serviceEnd`, one
    /// recovering from a fault at `recoveryEnd`; one who gave up without a fault left from the
    /// queue he stood in once the wait counted in `wait` was over: the reader's, which he
    /// joined on arrival, or the desk's, after the part of his wait spent before it.
    public var departure: Double {
        Self.departure(arrival: arrival, readerStart: readerStart, deskQueueEntry: deskQueueEntry,
                       left: serviceEnd ?? recoveryEnd, wait: wait)
    }

    /// The same from the times a recording keeps, `left` being the time kept, if any.
    public static func departure(arrival: Double, readerStart: Double?, deskQueueEntry: Double?, left: Double?, wait: Double) -> Double {
        if let left { return left }
        guard let entry = deskQueueEntry else { return arrival + wait }
        let beforeDesk = (readerStart ?? entry) - arrival
        return entry + (wait - beforeDesk)
    }
}
