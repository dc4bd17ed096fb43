import MadoguchiClinic

/// One question the staff answered, with the moment it was asked and answered and how the
/// answer was judged.
package struct JudgedDecision: Sendable, Equatable, Codable {
    package let ticket: Int
    package let decision: Decision
    package let action: StaffAction
    /// Answered from the keyboard rather than by the autopilot.
    package let byPerson: Bool
    package let askedAt: Double
    package let answeredAt: Double

    package var ruling: Ruling { decision.ruling(action) }
    package var key: SituationKey { SituationKey(decision) }
    /// Simulated seconds the question stayed open.
    package var responseTime: Double { answeredAt - askedAt }
}
