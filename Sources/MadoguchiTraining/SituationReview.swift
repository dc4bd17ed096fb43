import MadoguchiClinic

/// One question the trainee had, as the debrief analyses it: what was done, how it was
/// judged, what kind of error it was and what the procedure is.
package struct SituationReview: Sendable, Codable, Equatable {
    package let ticket: Int
    package let decision: Decision
    /// Nil when the question was still open at the end: a lapse.
    package let action: StaffAction?
    package let askedAt: Double
    package let answeredAt: Double?
    package let verdict: Ruling.Verdict
    package let consequence: Ruling.Consequence?
    /// For a mistake: a slip when the same kind of question was answered right elsewhere.
    package let errorKind: Ruling.ErrorKind?

    package var key: SituationKey { SituationKey(decision) }
    package var standardAction: StaffAction { decision.standardAction }

    /// Full marks for the standard recovery, half for a defensible detour.
    package var points: Double {
        switch verdict {
        case .correct: 1
        case .acceptable: 0.5
        case .mistake: 0
        }
    }
}
