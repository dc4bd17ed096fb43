import MadoguchiClinic

/// The desk's staff policy: the autopilot, or the person at the keyboard for the decisions
/// handed over. In a retry of mistakes only the situations got wrong go to the person.
package struct TrainingPolicy: StaffPolicy, Sendable {
    package var personDecides: Bool
    /// The situations handed to the person; nil hands over every one.
    package var only: Set<SituationKey>?

    package init(personDecides: Bool = false, only: Set<SituationKey>? = nil) {
        self.personDecides = personDecides
        self.only = only
    }

    package func handsOver(_ decision: Decision) -> Bool {
        personDecides && (only?.contains(SituationKey(decision)) ?? true)
    }

    package mutating func decide(_ decision: Decision, ticket: Int) -> StaffAction? {
        handsOver(decision) ? nil : decision.standardAction
    }
}

/// A situation without its moment: which patient (or none, for the clinic) and which kind
/// of question. The same patient meets the same situation again in a replay of the lesson.
package struct SituationKey: Hashable, Sendable, Codable {
    package let patient: Int?
    package let kind: Situation.Kind

    package init(patient: Int?, kind: Situation.Kind) {
        self.patient = patient
        self.kind = kind
    }

    package init(_ decision: Decision) {
        self.init(patient: decision.patient?.patient, kind: decision.situation.kind)
    }
}
