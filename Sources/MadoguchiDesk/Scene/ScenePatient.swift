import MadoguchiClinic

/// One patient at reception as the desk knows him from events.
package struct ScenePatient: Sendable {
    package enum Place: Sendable, Equatable { case readerQueue, atReader, deskQueue, atDesk }

    package let facts: PatientFacts
    package internal(set) var place: Place = .readerQueue
    package internal(set) var step: Patient.Step = .waiting
    package internal(set) var stepStarted = 0.0
    package internal(set) var stepEnds = 0.0
    package internal(set) var reader: Int?
    /// How the patient proves identity at the reader now: a face user may switch to the PIN.
    package internal(set) var method: AuthMethod
    /// Faults that struck so far.
    package internal(set) var seen: FaultSet = []
    /// The last answer of the online check.
    package internal(set) var result: OnlineResult?
    /// Why eligibility is being recovered, once the desk knows.
    package internal(set) var problem: EligibilityProblem?
    var waited = 0.0
    var queuedSince = 0.0
    var queueing = false

    init(facts: PatientFacts) {
        self.facts = facts
        method = facts.method
    }

    package var id: Int { facts.patient }

    /// Time queueing so far, for the reader and the desk.
    package func waitSoFar(at now: Double) -> Double {
        waited + (queueing ? now - queuedSince : 0)
    }

    /// How far the current timed step has come, 0…1; nil while waiting for someone.
    package func progress(at now: Double) -> Double? {
        switch step {
        case .waiting, .awaitingDecision: return nil
        default: break
        }
        guard stepEnds > stepStarted else { return nil }
        return (now - stepStarted) / (stepEnds - stepStarted)
    }
}
