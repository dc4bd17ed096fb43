/// What happened at reception: everything the desk draws, in order, so the same screens can
/// be drawn from a live model, a trainee's session or a recording. Times are seconds from
/// opening.
public enum ClinicEvent: Sendable, Equatable, Codable {
    case arrived(PatientFacts)
    /// The patient joined the reader queue or the desk queue.
    case queued(patient: Int, Patient.Queue)
    case readerStarted(patient: Int, reader: Int)
    /// A step of the patient's at the reader or the desk began and will end at `ends`
    /// (equal to its start for a step that waits on someone).
    case step(patient: Int, Patient.Step, ends: Double)
    case fault(patient: Int, Fault)
    /// The online confirmation system answered (counted for the usage rate).
    case onlineResult(patient: Int, OnlineResult)
    /// `forPerson`: left to the person at the keyboard, who answers it later.
    case decisionPending(ticket: Int, Decision, forPerson: Bool)
    /// `byPerson`: answered from the keyboard, not by the autopilot.
    case decided(ticket: Int, Decision, StaffAction, byPerson: Bool)
    case deskStarted(patient: Int, staff: Int)
    case staffStarted(staff: Int, StaffActivity, ends: Double)
    case staffFree(staff: Int)
    /// The reader is free for the next patient.
    case readerFreed(reader: Int)
    case left(PatientRecord)
    case network(up: Bool)
    case reader(Int, working: Bool)
    case visualMode(reader: Int, on: Bool)
}

/// What a member of staff is doing, as the desk shows it.
public enum StaffActivity: Sendable, Equatable, Hashable, Codable {
    case desk(patient: Int)
    case assist(patient: Int, reader: Int)
    case visual(patient: Int, reader: Int)
    case switchBack(reader: Int)
    /// Confirming, with the emergency function, the patients noted during an outage.
    case confirmNoted(count: Int)
    /// Choosing what to do next.
    case deciding
}

public struct TimedClinicEvent: Sendable, Equatable, Codable {
    public var time: Double
    public var event: ClinicEvent

    public init(time: Double, event: ClinicEvent) {
        self.time = time
        self.event = event
    }
}
