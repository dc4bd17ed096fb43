/// What a patient can show when the normal check fails, besides the credential presented
/// (DOMAIN.md, the recovery of `reader_error`).
package enum BackupCredential: String, CaseIterable, Sendable, Codable {
    /// The マイナポータル eligibility screen on the patient's phone.
    case portal
    /// 資格確認書.
    case certificate
    /// The legacy insurance card, valid by the date rules of `LegacyCardStatus`.
    case legacyCard = "legacy_card"
    /// 資格情報のお知らせ: proof only together with the My Number card itself.
    case notice
}
