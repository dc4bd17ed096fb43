/// The names staff see for the domain's things, in both languages.
extension CredentialPath {
    public var name: Bilingual {
        switch self {
        case .mynaCard: return Bilingual(en: "My Number card", ja: "マイナ保険証")
        case .mynaPhone: return Bilingual(en: "My Number on phone", ja: "スマホのマイナ保険証")
        case .legacyCard: return Bilingual(en: "legacy insurance card", ja: "従来の保険証")
        case .certificate: return Bilingual(en: "eligibility certificate", ja: "資格確認書")
        case .none: return Bilingual(en: "no credential", ja: "なし")
        }
    }
}

extension Fault {
    public var name: Bilingual {
        switch self {
        case .readerError: return Bilingual(en: "reader error", ja: "カードリーダーのエラー")
        case .faceMismatch: return Bilingual(en: "face not recognised", ja: "顔認証の失敗")
        case .pinLock: return Bilingual(en: "PIN locked", ja: "暗証番号のロック")
        case .eligibilityInvalid: return Bilingual(en: "eligibility invalid", ja: "資格(無効)・資格情報なし")
        case .certificateExpired: return Bilingual(en: "certificate expired", ja: "電子証明書の期限切れ")
        case .unrenderableName: return Bilingual(en: "name shown as ●", ja: "氏名の●表示")
        case .wrongPerson: return Bilingual(en: "another person's record", ja: "別人の資格情報(ひも付け誤り)")
        case .outage: return Bilingual(en: "network outage", ja: "通信障害")
        case .needsHelp: return Bilingual(en: "needs help at the reader", ja: "操作の介助が必要")
        }
    }
}

extension Outcome {
    public var name: Bilingual {
        switch self {
        case .confirmedOnline: return Bilingual(en: "confirmed online", ja: "オンライン資格確認")
        case .confirmedByCredential: return Bilingual(en: "confirmed by other credential", ja: "他の書類で確認")
        case .moushitatesho: return Bilingual(en: "eligibility declaration (申立書)", ja: "被保険者資格申立書")
        case .provisionalFull: return Bilingual(en: "provisional full charge (10割)", ja: "10割の仮徴収")
        case .reneged: return Bilingual(en: "left before being served", ja: "受付前に帰った")
        }
    }
}

extension VisitType {
    public var name: Bilingual {
        switch self {
        case .first: return Bilingual(en: "first visit", ja: "初診")
        case .return: return Bilingual(en: "return visit", ja: "再診")
        }
    }
}

extension AuthMethod {
    public var name: Bilingual {
        switch self {
        case .face: return Bilingual(en: "face", ja: "顔認証")
        case .pin: return Bilingual(en: "PIN", ja: "暗証番号")
        case .pinless: return Bilingual(en: "face (no PIN card)", ja: "顔認証(暗証番号なしカード)")
        case .iphone: return Bilingual(en: "iPhone", ja: "iPhone")
        case .android: return Bilingual(en: "Android", ja: "Android")
        case .none: return Bilingual(en: "none", ja: "なし")
        }
    }
}

extension StaffAction {
    public var name: Bilingual {
        switch self {
        case .retry: return Bilingual(en: "retry", ja: "再試行")
        case .usePIN: return Bilingual(en: "switch to PIN", ja: "暗証番号に切替")
        case .visualMode: return Bilingual(en: "visual-confirmation mode", ja: "目視確認モード")
        case .assistAtReader: return Bilingual(en: "assist at the reader", ja: "リーダーで介助")
        case .switchBack: return Bilingual(en: "switch the reader back", ja: "リーダーを通常モードに戻す")
        case .leaveInVisualMode: return Bilingual(en: "leave it in visual mode", ja: "目視確認モードのまま")
        case .otherCredential: return Bilingual(en: "check another credential", ja: "他の方法で資格確認")
        case .moushitatesho: return Bilingual(en: "eligibility declaration (申立書)", ja: "被保険者資格申立書")
        case .chargeFull: return Bilingual(en: "charge 10割", ja: "10割を請求")
        case .manualRecord: return Bilingual(en: "write down name, sex, birth date, address", ja: "氏名・性別・生年月日・住所を控える")
        case .confirmFromCardFace: return Bilingual(en: "set the record aside, confirm from the card face", ja: "その情報は使わず券面で本人確認")
        case .useRecordAsIs: return Bilingual(en: "use the record as shown", ja: "表示された情報をそのまま使う")
        case .fixNameByHand: return Bilingual(en: "fix the name by hand from the card", ja: "券面から氏名を手入力で修正")
        }
    }
}
