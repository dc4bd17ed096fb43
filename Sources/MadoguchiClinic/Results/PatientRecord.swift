/// One patient's passage through reception, in the spirit of Ciw's data records: written
/// once when the patient leaves, never changed. Times are seconds from opening; a stage the
/// patient never reached is nil.
package struct PatientRecord: Sendable, Equatable, Codable {
    package var id: Int
    package var path: CredentialPath
    package var visit: VisitType
    package var method: AuthMethod
    package var arrival: Double
    package var readerStart: Double?
    package var readerEnd: Double?
    package var deskQueueEntry: Double?
    package var serviceStart: Double?
    package var serviceEnd: Double?
    package var faults: FaultSet
    package var recoveryStart: Double?
    package var recoveryEnd: Double?
    package var outcome: Outcome
    /// Seconds spent queueing for the reader and the desk, not being served.
    package var wait: Double
    /// Staff answers that DOMAIN.md's recovery calls wrong (10割 by default, using another
    /// person's record, leaving a reader in visual mode).
    package var decisionErrors: Int

    package var reneged: Bool { outcome == .reneged }
}
