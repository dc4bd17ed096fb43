import MadoguchiClinic

/// One question the trainee had, as the debrief analyses it: what was done, how it was
/// judged, what kind of error it was and what the procedure is.
public struct SituationReview: Sendable, Codable, Equatable {
    public let ticket: Int
    public let decision: Decision
    /// Nil when the question was still open at the end: a lapse.
    public let action: StaffAction?
    public let askedAt: Double
    public let answeredAt: Double?
    public let verdict: Ruling.Verdict
    public let consequence: Ruling.Consequence?
    /// For a mistake: a slip when the same kind of question was answered right elsewhere.
    public let errorKind: Ruling.ErrorKind?

    public var key: SituationKey { SituationKey(decision) }
    public var standardAction: StaffAction { decision.standardAction }

    /// Full marks for the standard recovery, half for a defensible detour.
    public var points: Double {
        switch verdict {
        case .correct: 1
        case .acceptable: 0.5
        case .mistake: 0
        }
    }
}
