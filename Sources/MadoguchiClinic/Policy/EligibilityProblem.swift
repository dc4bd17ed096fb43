/// Why the desk could not confirm eligibility the normal way.
package enum EligibilityProblem: String, CaseIterable, Sendable, Codable {
    /// The reader never read the card: 【001】 after the retry, or no reader working.
    case readerFailed = "reader_failed"
    /// The phone's own Face ID or Touch ID never confirmed the holder (an iPhone).
    case phoneFailed = "phone_failed"
    /// 無効.
    case invalid
    /// 該当資格なし: handled as 無効.
    case noRecord = "no_record"
    /// Electronic certificate past its grace period (【006】).
    case expired
    /// Network or confirmation system down.
    case outage
    /// The patient brought nothing valid.
    case noCredential = "no_credential"
    /// A legacy card past its date that cannot be accepted today.
    case legacyRefused = "legacy_refused"
    /// Another person's record came back and was set aside.
    case recordSetAside = "record_set_aside"

    /// The fault this problem counts under, if it is one of the catalogue.
    package var fault: Fault? {
        switch self {
        case .readerFailed: return .readerError
        case .phoneFailed: return .faceMismatch
        case .invalid, .noRecord: return .eligibilityInvalid
        case .expired: return .certificateExpired
        case .outage: return .outage
        case .recordSetAside: return .wrongPerson
        case .noCredential, .legacyRefused: return nil
        }
    }
}
