/// What the staff are asked to decide, as the clerk sees it: the reader's screen, the desk
/// terminal's answer, the state of the readers and the line. Never the answer itself: a
/// record of another person is shown as a record, not as "wrong person".
package enum Situation: Sendable, Equatable, Hashable, Codable {
    /// The reader shows 【001】: the card was not read, `attempt` times so far.
    case readerError(attempt: Int)
    /// Face recognition failed `attempt` times.
    case faceFailed(attempt: Int)
    /// Three wrong PINs: the PIN is locked until the municipal office unlocks it.
    case pinLocked
    /// The patient cannot operate the reader alone.
    case needsHelp
    /// The reader is still in visual-confirmation mode after a patient.
    case readerInVisualMode(reader: Int)
    /// The terminal shows a valid record: check it against the patient before using it.
    case record(OnlineResult)
    /// Eligibility could not be confirmed the normal way. `noted`: during an outage, the
    /// patient's details are already written down.
    case eligibility(EligibilityProblem, noted: Bool)
    /// A legacy insurance card is presented; its validity depends on today's date.
    case legacyCard(LegacyCardStatus)
    /// Every card reader is out of order while card patients come.
    case readersDown
    /// A member of staff is free: a patient waits for help at a reader, `deskQueue` at the desk.
    case nextTask(deskQueue: Int)
    /// The line is back after an outage; `noted` patients were handled without the check.
    case lineRestored(noted: Int)

    /// Situations grouped for the debrief and for lessons, without their details.
    package enum Kind: String, CaseIterable, Sendable, Codable {
        case readerError = "reader_error"
        case faceFailed = "face_failed"
        case pinLocked = "pin_locked"
        case needsHelp = "needs_help"
        case readerInVisualMode = "reader_in_visual_mode"
        case record
        case eligibility
        case legacyCard = "legacy_card"
        case readersDown = "readers_down"
        case nextTask = "next_task"
        case lineRestored = "line_restored"
    }

    package var kind: Kind {
        switch self {
        case .readerError: .readerError
        case .faceFailed: .faceFailed
        case .pinLocked: .pinLocked
        case .needsHelp: .needsHelp
        case .readerInVisualMode: .readerInVisualMode
        case .record: .record
        case .eligibility: .eligibility
        case .legacyCard: .legacyCard
        case .readersDown: .readersDown
        case .nextTask: .nextTask
        case .lineRestored: .lineRestored
        }
    }
}
