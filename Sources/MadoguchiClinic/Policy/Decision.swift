/// A question the simulation puts to the staff, with everything the clerk can see when it
/// comes up. The autopilot answers it at once by the book; a trainee answers it from the
/// keyboard while the queue keeps growing. `ProcedureRules` judges every answer.
public struct Decision: Sendable, Equatable, Hashable, Codable {
    public let situation: Situation
    /// The patient concerned; nil for a question about the clinic (readers down, line back).
    public let patient: PatientFacts?
    /// Whether legacy cards are still accepted today.
    public let legacyCards: LegacyCardStatus
    /// Whether the line to the online confirmation system is up.
    public let networkUp: Bool

    public init(_ situation: Situation, patient: PatientFacts?, legacyCards: LegacyCardStatus, networkUp: Bool) {
        self.situation = situation
        self.patient = patient
        self.legacyCards = legacyCards
        self.networkUp = networkUp
    }

    /// The answers offered, in a fixed order that never gives the right one away.
    public var options: [StaffAction] { ProcedureRules.options(self) }

    public func ruling(_ action: StaffAction) -> Ruling { ProcedureRules.ruling(self, action) }

    /// The official recovery of DOMAIN.md: the first correct option.
    public var standardAction: StaffAction {
        options.first { ruling($0).verdict == .correct } ?? options[0]
    }

    /// A glance that is part of the normal flow (a clean record accepted, a legacy card
    /// checked, the next task taken): the autopilot spends no thinking time on it.
    public var isRoutine: Bool {
        switch situation {
        case .record(let result): return standardAction == .acceptRecord && result.status == .valid
        case .legacyCard, .nextTask: return true
        default: return false
        }
    }
}
