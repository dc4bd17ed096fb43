import MadoguchiClinic

/// One patient at reception as the desk knows him from events.
public struct ScenePatient: Sendable {
    public enum Place: Sendable, Equatable { case readerQueue, atReader, deskQueue, atDesk }

    public let facts: PatientFacts
    public internal(set) var place: Place = .readerQueue
    public internal(set) var step: Patient.Step = .waiting
    public internal(set) var stepStarted = 0.0
    public internal(set) var stepEnds = 0.0
    public internal(set) var reader: Int?
    /// How the patient proves identity at the reader now: a face user may switch to the PIN.
    public internal(set) var method: AuthMethod
    /// Faults that struck so far.
    public internal(set) var seen: FaultSet = []
    /// The last answer of the online check.
    public internal(set) var result: OnlineResult?
    /// Why eligibility is being recovered, once the desk knows.
    public internal(set) var problem: EligibilityProblem?
    var waited = 0.0
    var queuedSince = 0.0
    var queueing = false

    init(facts: PatientFacts) {
        self.facts = facts
        method = facts.method
    }

    public var id: Int { facts.patient }

    /// Time queueing so far, for the reader and the desk.
    public func waitSoFar(at now: Double) -> Double {
        waited + (queueing ? now - queuedSince : 0)
    }

    /// How far the current timed step has come, 0…1; nil while waiting for someone.
    public func progress(at now: Double) -> Double? {
        switch step {
        case .waiting, .awaitingDecision: return nil
        default: break
        }
        guard stepEnds > stepStarted else { return nil }
        return (now - stepStarted) / (stepEnds - stepStarted)
    }
}
