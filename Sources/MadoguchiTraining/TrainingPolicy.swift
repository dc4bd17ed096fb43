import MadoguchiClinic

/// The desk's staff policy: the autopilot, or the person at the keyboard for the decisions
/// handed over. In a retry of mistakes only the situations got wrong go to the person.
public struct TrainingPolicy: StaffPolicy, Sendable {
    public var personDecides: Bool
    /// The situations handed to the person; nil hands over every one.
    public var only: Set<SituationKey>?

    public init(personDecides: Bool = false, only: Set<SituationKey>? = nil) {
        self.personDecides = personDecides
        self.only = only
    }

    public func handsOver(_ decision: Decision) -> Bool {
        personDecides && (only?.contains(SituationKey(decision)) ?? true)
    }

    public mutating func decide(_ decision: Decision, ticket: Int) -> StaffAction? {
        handsOver(decision) ? nil : decision.standardAction
    }
}

/// A situation without its moment: which patient (or none, for the clinic) and which kind
/// of question. The same patient meets the same situation again in a replay of the lesson.
public struct SituationKey: Hashable, Sendable, Codable {
    public let patient: Int?
    public let kind: Situation.Kind

    public init(patient: Int?, kind: Situation.Kind) {
        self.patient = patient
        self.kind = kind
    }

    public init(_ decision: Decision) {
        self.init(patient: decision.patient?.patient, kind: decision.situation.kind)
    }
}
