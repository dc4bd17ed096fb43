/// A question the simulation puts to the staff, with everything the clerk can see when it
/// comes up. The autopilot answers it at once by the book; a trainee answers it from the
/// keyboard while the queue keeps growing. `ProcedureRules` judges every answer.
package struct Decision: Sendable, Equatable, Hashable, Codable {
    package let situation: Situation
    /// The patient concerned; nil for a question about the clinic (readers down, line back).
    package let patient: PatientFacts?
    /// Whether legacy cards are still accepted today.
    package let legacyCards: LegacyCardStatus
    /// Whether the line to the online confirmation system is up.
    package let networkUp: Bool
    /// The clinic's rule for free staff: a patient waiting for help at a reader before the
    /// next patient in the desk queue (the scenario's `staff.reader_help_first`).
    package let readerHelpFirst: Bool

    /// The official recovery of DOMAIN.md: the first correct option. Worked out once, as
    /// the autopilot and the model ask for it with nearly every patient.
    package private(set) var standardAction: StaffAction

    package init(_ situation: Situation, patient: PatientFacts?, legacyCards: LegacyCardStatus, networkUp: Bool,
                readerHelpFirst: Bool = true) {
        self.situation = situation
        self.patient = patient
        self.legacyCards = legacyCards
        self.networkUp = networkUp
        self.readerHelpFirst = readerHelpFirst
        standardAction = .retry
        standardAction = ProcedureRules.firstCorrect(self)
    }

    /// The answers offered, in a fixed order that never gives the right one away.
    package var options: [StaffAction] { ProcedureRules.options(self) }

    /// Inlined: the model rules on every answer, nearly always the standard one.
    @inline(__always) package func ruling(_ action: StaffAction) -> Ruling {
        action == standardAction ? .correct : ProcedureRules.ruling(self, action)
    }

    enum CodingKeys: CodingKey { case situation, patient, legacyCards, networkUp, readerHelpFirst }

    /// The standard answer is not stored: it follows from the rule table. Sessions recorded
    /// before the staff rule was a setting followed today's default.
    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try c.decode(Situation.self, forKey: .situation), patient: try c.decodeIfPresent(PatientFacts.self, forKey: .patient),
                  legacyCards: try c.decode(LegacyCardStatus.self, forKey: .legacyCards), networkUp: try c.decode(Bool.self, forKey: .networkUp),
                  readerHelpFirst: try c.decodeIfPresent(Bool.self, forKey: .readerHelpFirst) ?? true)
    }

    package func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(situation, forKey: .situation)
        try c.encodeIfPresent(patient, forKey: .patient)
        try c.encode(legacyCards, forKey: .legacyCards)
        try c.encode(networkUp, forKey: .networkUp)
        try c.encode(readerHelpFirst, forKey: .readerHelpFirst)
    }

    /// A glance that is part of the normal flow (a clean record accepted, a legacy card
    /// checked, the next task taken): the autopilot spends no thinking time on it.
    @inline(__always) package var isRoutine: Bool { ProcedureRules.isRoutine(situation, standardAction: standardAction) }
}
