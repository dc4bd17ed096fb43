import MadoguchiClinic

/// What a training session is judged on, folded from the clinic's events: every question
/// and its answer, the faults as they struck, and every patient's record.
package struct SessionLog: Sendable {
    package private(set) var decisions: [JudgedDecision] = []
    /// Questions still open, by ticket, with when they were asked.
    package private(set) var open: [Int: (decision: Decision, askedAt: Double, forPerson: Bool)] = [:]
    /// When each patient first met each fault.
    package private(set) var faults: [(time: Double, patient: Int, fault: Fault)] = []
    package private(set) var records: [PatientRecord] = []

    package init() {}

    package mutating func apply(_ timed: TimedClinicEvent) {
        switch timed.event {
        case .decisionPending(let ticket, let decision, let forPerson):
            open[ticket] = (decision, timed.time, forPerson)
        case .decided(let ticket, let decision, let action, let byPerson):
            let asked = open.removeValue(forKey: ticket)?.askedAt ?? timed.time
            decisions.append(JudgedDecision(ticket: ticket, decision: decision, action: action, byPerson: byPerson,
                                            askedAt: asked, answeredAt: timed.time))
        case .fault(let patient, let fault):
            faults.append((timed.time, patient, fault))
        case .left(let record):
            records.append(record)
        default:
            break
        }
    }

    /// The person's answers, in the order given.
    package var personsDecisions: [JudgedDecision] { decisions.filter(\.byPerson) }

    /// Questions left to the person that were never answered.
    package var unanswered: [(ticket: Int, decision: Decision, askedAt: Double)] {
        open.filter(\.value.forPerson).sorted { $0.key < $1.key }.map { ($0.key, $0.value.decision, $0.value.askedAt) }
    }
}
