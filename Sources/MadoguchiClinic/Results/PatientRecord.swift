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
}
