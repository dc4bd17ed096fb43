/// What the staff can do about a decision. The order of the cases is the order the panel
/// offers them in.
package enum StaffAction: String, CaseIterable, Sendable, Codable {
    // At the reader
    case retry
    case usePIN = "use_pin"
    case assistAtReader = "assist_at_reader"
    case visualMode = "visual_mode"
    /// Send the patient to the desk to confirm eligibility by other means.
    case otherCredential = "other_credential"
    case switchBack = "switch_back"
    case leaveInVisualMode = "leave_in_visual_mode"
    // The record on the desk terminal
    case acceptRecord = "accept_record"
    case fixNameByHand = "fix_name_by_hand"
    /// 無効（新しい資格あり）: confirm with the newer eligibility the terminal shows.
    case useNewerRecord = "use_newer_record"
    /// 複数該当: add the birth date and branch number (枝番), and query again.
    case narrowDown = "narrow_down"
    /// Stop: do not use or browse it, confirm identity from the card face, report to the insurer.
    case setAsideRecord = "set_aside_record"
    // The legacy card
    case confirmByNumber = "confirm_by_number"
    case acceptByEye = "accept_by_eye"
    case refuseCard = "refuse_card"
    // Other proof of eligibility
    case checkPortal = "check_portal"
    case checkCertificate = "check_certificate"
    case checkLegacyCard = "check_legacy_card"
    case checkNotice = "check_notice"
    case verbalConfirmation = "verbal_confirmation"
    case moushitatesho
    case manualRecord = "manual_record"
    case chargeFull = "charge_full"
    case sendAway = "send_away"
    // The clinic
    case sendToDesk = "send_to_desk"
    case waitForRepair = "wait_for_repair"
    case goToReader = "go_to_reader"
    case serveDeskQueue = "serve_desk_queue"
    case confirmNoted = "confirm_noted"
    case skipConfirmation = "skip_confirmation"

    /// The backup credential an action asks to see.
    package var checks: BackupCredential? {
        switch self {
        case .checkPortal: .portal
        case .checkCertificate: .certificate
        case .checkLegacyCard: .legacyCard
        case .checkNotice: .notice
        default: nil
        }
    }
}
