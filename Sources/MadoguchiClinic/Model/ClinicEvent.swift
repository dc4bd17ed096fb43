/// What happened at reception: everything the desk draws, in order, so the same screens can
/// be drawn from a live model, a trainee's session or a recording. Times are seconds from
/// opening.
package enum ClinicEvent: Sendable, Equatable, Codable {
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
package enum StaffActivity: Sendable, Equatable, Hashable, Codable {
    case desk(patient: Int)
    case assist(patient: Int, reader: Int)
    case visual(patient: Int, reader: Int)
    case switchBack(reader: Int)
    /// Confirming, with the emergency function, the patients noted during an outage.
    case confirmNoted(count: Int)
    /// Choosing what to do next.
    case deciding
}

package struct TimedClinicEvent: Sendable, Equatable, Codable {
    package var time: Double
    package var event: ClinicEvent

    package init(time: Double, event: ClinicEvent) {
        self.time = time
        self.event = event
    }
}

extension ClinicEvent {
    /// The case's name, as recordings store it.
    package var kind: String {
        switch self {
        case .arrived: "arrived"
        case .queued: "queued"
        case .readerStarted: "readerStarted"
        case .step: "step"
        case .fault: "fault"
        case .onlineResult: "onlineResult"
        case .decisionPending: "decisionPending"
        case .decided: "decided"
        case .deskStarted: "deskStarted"
        case .staffStarted: "staffStarted"
        case .staffFree: "staffFree"
        case .readerFreed: "readerFreed"
        case .left: "left"
        case .network: "network"
        case .reader: "reader"
        case .visualMode: "visualMode"
        }
    }

    /// The patient the event is about, if any.
    package var patient: Int? {
        switch self {
        case .arrived(let facts): facts.patient
        case .queued(let id, _), .readerStarted(let id, _), .step(let id, _, _), .fault(let id, _),
             .onlineResult(let id, _), .deskStarted(let id, _):
            id
        case .decisionPending(_, let decision, _), .decided(_, let decision, _, _): decision.patient?.patient
        case .staffStarted(_, let activity, _):
            switch activity {
            case .desk(let id), .assist(let id, _), .visual(let id, _): id
            case .switchBack, .confirmNoted, .deciding: nil
            }
        case .left(let record): record.id
        case .staffFree, .readerFreed, .network, .reader, .visualMode: nil
        }
    }
}
