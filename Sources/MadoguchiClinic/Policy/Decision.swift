/// Why the desk could not confirm eligibility the normal way.
public enum EligibilityProblem: String, CaseIterable, Sendable, Codable {
    /// The reader never read the card (reader_error after the retry).
    case readerFailed = "reader_failed"
    /// 資格(無効) / 資格情報なし.
    case invalid
    /// Electronic certificate past its grace period (【006】).
    case expired
    /// Network or confirmation system down.
    case outage
    /// The patient brought nothing valid.
    case noCredential = "no_credential"
    /// A legacy card past the stop-gap (after 31 Mar 2026), or not confirmable online under it.
    case legacyRefused = "legacy_refused"

    /// The fault this problem counts under, if it is one of the catalogue.
    public var fault: Fault? {
        switch self {
        case .readerFailed: return .readerError
        case .invalid: return .eligibilityInvalid
        case .expired: return .certificateExpired
        case .outage: return .outage
        case .noCredential, .legacyRefused: return nil
        }
    }
}

/// A question the simulation puts to the staff. The autopilot answers it at once with the
/// standard recovery; a trainee answers it from the keyboard while the queue keeps growing.
public enum Decision: Sendable, Equatable {
    case readerError(attempt: Int)
    case faceFailed(attempt: Int, pinAvailable: Bool)
    /// PIN forgotten or locked after three wrong tries.
    case pinUnusable
    case needsHelp
    /// A patient was confirmed in visual mode; the reader is still in it.
    case switchBack
    case eligibility(EligibilityProblem)
    case wrongPerson
    case unrenderableName

    /// The answers that make sense to offer, standard recovery first.
    public var options: [StaffAction] {
        switch self {
        case .readerError(let attempt): return attempt < 2 ? [.retry, .otherCredential] : [.otherCredential, .retry]
        case .faceFailed(let attempt, let pin):
            let next: [StaffAction] = pin ? [.usePIN, .visualMode] : [.visualMode]
            return attempt < 2 ? [.retry] + next : next + [.retry]
        case .pinUnusable: return [.visualMode, .retry]
        case .needsHelp: return [.assistAtReader, .visualMode]
        case .switchBack: return [.switchBack, .leaveInVisualMode]
        case .eligibility(.outage): return [.manualRecord, .otherCredential, .moushitatesho, .chargeFull]
        case .eligibility: return [.otherCredential, .moushitatesho, .chargeFull]
        case .wrongPerson: return [.confirmFromCardFace, .useRecordAsIs]
        case .unrenderableName: return [.fixNameByHand, .moushitatesho]
        }
    }

    /// The official recovery of DOMAIN.md's fault catalogue.
    public var standardAction: StaffAction { options[0] }

    /// Answers that are wrong whatever the patient does: 10割 is not the rule, another
    /// person's record must not be used, a reader left in visual mode breaks the next face.
    public func isError(_ action: StaffAction, patientRefusesEverything: Bool) -> Bool {
        switch action {
        case .chargeFull: return !patientRefusesEverything
        case .useRecordAsIs, .leaveInVisualMode: return true
        default: return !options.contains(action)
        }
    }
}

/// What the staff can do about a decision.
public enum StaffAction: String, CaseIterable, Sendable, Codable {
    case retry
    case usePIN = "use_pin"
    case visualMode = "visual_mode"
    case assistAtReader = "assist_at_reader"
    case switchBack = "switch_back"
    case leaveInVisualMode = "leave_in_visual_mode"
    case otherCredential = "other_credential"
    case moushitatesho
    case chargeFull = "charge_full"
    case manualRecord = "manual_record"
    case confirmFromCardFace = "confirm_from_card_face"
    case useRecordAsIs = "use_record_as_is"
    case fixNameByHand = "fix_name_by_hand"
}
