/// What happened at reception, for the event log, the desk view and recordings. Times are
/// seconds from opening.
public enum ClinicEvent: Sendable, Equatable {
    case arrived(patient: Int, path: CredentialPath, visit: VisitType)
    case readerStarted(patient: Int, reader: Int)
    case fault(patient: Int, Fault)
    case decisionPending(ticket: Int, patient: Int, Decision)
    case decided(patient: Int, Decision, StaffAction, error: Bool)
    case deskStarted(patient: Int, staff: Int)
    case left(PatientRecord)
    case network(up: Bool)
    case reader(Int, working: Bool)
    case visualMode(reader: Int, on: Bool)
}

public struct TimedClinicEvent: Sendable, Equatable {
    public var time: Double
    public var event: ClinicEvent
}
