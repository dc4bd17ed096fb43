/// How a patient leaves the desk (DOMAIN.md, "Outcomes").
package enum Outcome: String, CaseIndexed, Codable {
    /// Eligibility confirmed online, by the My Number card or by the insurer number.
    case confirmedOnline = "confirmed_online"
    /// Confirmed from another credential (マイナポータル, legacy card, 資格確認書) or by eye.
    case confirmedByCredential = "confirmed_by_credential"
    /// 被保険者資格申立書: the patient pays the normal share.
    case moushitatesho = "moushitatesho"
    /// Provisional 10割: a training error unless the patient refused everything.
    case provisionalFull = "provisional_full"
    /// Left before being served.
    case reneged = "reneged"
    /// Sent away by staff without being registered: always a training error.
    case sentAway = "sent_away"

    /// The patient left with coverage settled by the book: a fault met on the way counts as
    /// recovered (the desk's and the lab's "recovered" both read this).
    package var isRecovery: Bool {
        switch self {
        case .confirmedOnline, .confirmedByCredential, .moushitatesho: return true
        case .provisionalFull, .reneged, .sentAway: return false
        }
    }
}
