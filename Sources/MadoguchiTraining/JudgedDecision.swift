import MadoguchiClinic

/// One question the staff answered, with the moment it was asked and answered and how the
/// answer was judged.
public struct JudgedDecision: Sendable, Equatable, Codable {
    public let ticket: Int
    public let decision: Decision
    public let action: StaffAction
    /// Answered from the keyboard rather than by the autopilot.
    public let byPerson: Bool
    public let askedAt: Double
    public let answeredAt: Double

    public var ruling: Ruling { decision.ruling(action) }
    public var key: SituationKey { SituationKey(decision) }
    /// Simulated seconds the question stayed open.
    public var responseTime: Double { answeredAt - askedAt }
}
