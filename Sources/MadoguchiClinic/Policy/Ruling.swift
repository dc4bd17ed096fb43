/// How an answer is judged against the standard recovery (docs/training.md).
package struct Ruling: Sendable, Equatable {
    package enum Verdict: String, Sendable, Codable, CaseIterable {
        /// The standard recovery.
        case correct
        /// A defensible detour that costs time.
        case acceptable
        /// Wrong, with a consequence the debrief names.
        case mistake
    }

    /// Reason's kinds of human error (docs/training.md). A slip is inferred by the debrief,
    /// when the same situation was handled right elsewhere.
    package enum ErrorKind: String, Sendable, Codable, CaseIterable {
        case slip
        case lapse
        case mistake
    }

    /// What a mistake costs the patient, the clinic or the queue.
    package enum Consequence: String, Sendable, Codable, CaseIterable {
        case queueGrows = "queue_grows"
        case unreadableStaysUnreadable = "unreadable_stays_unreadable"
        case pinLocked = "pin_locked"
        case needlessVisualMode = "needless_visual_mode"
        case nextFaceFails = "next_face_fails"
        case patientSentAway = "patient_sent_away"
        case fullCharge = "full_charge"
        case otherPersonsRecord = "other_persons_record"
        case endedEligibilityUsed = "ended_eligibility_used"
        case notReported = "not_reported"
        case nameLeftWrong = "name_left_wrong"
        case unneededPaperwork = "unneeded_paperwork"
        case notProof = "not_proof"
        case notHeld = "not_held"
        case noLastVisitData = "no_last_visit_data"
        case detailsNotNoted = "details_not_noted"
        case expiredCardAccepted = "expired_card_accepted"
        case validCardRefused = "valid_card_refused"
        case patientsAtDeadReader = "patients_at_dead_reader"
        case unconfirmedAfterOutage = "unconfirmed_after_outage"
        case timeLost = "time_lost"
    }

    package let verdict: Verdict
    /// For a mistake: what went wrong and which kind of error it is.
    package let consequence: Consequence?
    package let kind: ErrorKind?

    package static let correct = Ruling(verdict: .correct, consequence: nil, kind: nil)
    package static let acceptable = Ruling(verdict: .acceptable, consequence: nil, kind: nil)

    package static func mistake(_ consequence: Consequence, _ kind: ErrorKind = .mistake) -> Ruling {
        Ruling(verdict: .mistake, consequence: consequence, kind: kind)
    }

    package var isMistake: Bool { verdict == .mistake }
}
