/// How a patient leaves the desk (DOMAIN.md, "Outcomes").
public enum Outcome: String, CaseIterable, Sendable, Codable {
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

    /// The position in `allCases`, without searching it on the hot path.
    public var index: Int {
        switch self {
        case .confirmedOnline: return 0
        case .confirmedByCredential: return 1
        case .moushitatesho: return 2
        case .provisionalFull: return 3
        case .reneged: return 4
        }
    }
}
