/// The names staff see for the domain's things, in both languages.
extension OnlineResult.Status {
    /// The result code as the desk terminal shows it.
    package var name: Bilingual {
        switch self {
        case .valid: Bilingual(en: "Valid", ja: "有効")
        case .invalid: Bilingual(en: "Invalid", ja: "無効")
        case .invalidNewer: Bilingual(en: "Invalid (newer eligibility exists)", ja: "無効（新しい資格あり）")
        case .noRecord: Bilingual(en: "No matching record", ja: "該当資格なし")
        case .multiple: Bilingual(en: "Several matches", ja: "複数該当")
        }
    }
}

extension Outcome {
    package var name: Bilingual {
        switch self {
        case .confirmedOnline: return Bilingual(en: "confirmed online", ja: "オンライン資格確認")
        case .confirmedByCredential: return Bilingual(en: "confirmed another way", ja: "他の方法で資格確認")
        case .moushitatesho: return Bilingual(en: "eligibility declaration (moushitatesho)", ja: "被保険者資格申立書")
        case .provisionalFull: return Bilingual(en: "provisional full charge (10-wari)", ja: "10割負担（仮徴収）")
        case .reneged: return Bilingual(en: "left before being served", ja: "受付前にお帰り")
        case .sentAway: return Bilingual(en: "sent away by staff", ja: "職員がお帰りいただいた")
        }
    }
}

extension VisitType {
    package var name: Bilingual {
        switch self {
        case .first: return Bilingual(en: "first visit", ja: "初診")
        case .return: return Bilingual(en: "return visit", ja: "再診")
        }
    }
}

extension BackupCredential {
    package var name: Bilingual {
        switch self {
        case .portal: return Bilingual(en: "Mynaportal screen on the phone", ja: "マイナポータルの画面（スマホ）")
        case .certificate: return Bilingual(en: "eligibility certificate (shikaku kakuninsho)", ja: "資格確認書")
        case .legacyCard: return Bilingual(en: "legacy insurance card", ja: "従来の保険証")
        case .notice: return Bilingual(en: "eligibility notice (oshirase)", ja: "資格情報のお知らせ")
        }
    }
}
