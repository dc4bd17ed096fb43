/// The one-line label of each staff action, as the decision panel offers it.
extension StaffAction {
    package var name: Bilingual {
        switch self {
        case .retry: Bilingual(en: "ask the patient to try again", ja: "もう一度試してもらう")
        case .usePIN: Bilingual(en: "ask for the PIN on the reader", ja: "暗証番号で本人確認してもらう")
        case .assistAtReader: Bilingual(en: "help at the reader", ja: "リーダーで操作を手伝う")
        case .visualMode: Bilingual(en: "switch to visual-confirmation mode", ja: "目視確認モードに切り替える")
        case .otherCredential: Bilingual(en: "to the desk: confirm eligibility another way", ja: "窓口で他の方法で資格確認")
        case .switchBack: Bilingual(en: "switch the reader back to normal", ja: "リーダーを通常モードに戻す")
        case .leaveInVisualMode: Bilingual(en: "leave it in visual mode", ja: "目視確認モードのままにする")
        case .acceptRecord: Bilingual(en: "accept this record", ja: "この資格情報で受け付ける")
        case .fixNameByHand: Bilingual(en: "fix the name by hand from the card face", ja: "券面を見て氏名を手入力で直す")
        case .useNewerRecord: Bilingual(en: "confirm with the newer eligibility shown", ja: "新しい資格情報で確認する")
        case .narrowDown: Bilingual(en: "add birth date and branch number, query again", ja: "生年月日・枝番を加えて再照会")
        case .setAsideRecord: Bilingual(en: "do not use it: confirm identity from the card, report it",
                                        ja: "使わずに券面で本人確認・保険者へ報告")
        case .confirmByNumber: Bilingual(en: "confirm online by insurer number", ja: "保険者番号でオンライン確認")
        case .acceptByEye: Bilingual(en: "accept it by eye", ja: "券面を見て受け付ける")
        case .refuseCard: Bilingual(en: "explain the card cannot be used", ja: "この保険証は使えないとお伝えする")
        case .checkPortal: Bilingual(en: "see the Mynaportal screen on the phone", ja: "マイナポータルの画面を見せてもらう")
        case .checkCertificate: Bilingual(en: "see the eligibility certificate", ja: "資格確認書を見せてもらう")
        case .checkLegacyCard: Bilingual(en: "see the legacy insurance card", ja: "従来の保険証を見せてもらう")
        case .checkNotice: Bilingual(en: "see the eligibility notice (oshirase)", ja: "資格情報のお知らせを見せてもらう")
        case .verbalConfirmation: Bilingual(en: "confirm verbally against last-visit data", ja: "前回来院時の情報で口頭確認")
        case .moushitatesho: Bilingual(en: "have the eligibility declaration filled in", ja: "被保険者資格申立書を書いてもらう")
        case .manualRecord: Bilingual(en: "write down name, sex, birth date, address", ja: "氏名・性別・生年月日・住所を控える")
        case .chargeFull: Bilingual(en: "charge the full cost (10-wari), provisionally", ja: "10割負担で会計（仮徴収）")
        case .sendAway: Bilingual(en: "send the patient away", ja: "お帰りいただく")
        case .sendToDesk: Bilingual(en: "send card patients to the desk", ja: "カードの方は窓口へご案内")
        case .waitForRepair: Bilingual(en: "let them wait for the repair", ja: "復旧までリーダーで待ってもらう")
        case .goToReader: Bilingual(en: "help at the reader first", ja: "先にリーダーを手伝う")
        case .serveDeskQueue: Bilingual(en: "serve the desk queue first", ja: "先に窓口の次の方を受け付ける")
        case .confirmNoted: Bilingual(en: "confirm the noted patients' eligibility", ja: "控えた方の資格を確認する")
        case .skipConfirmation: Bilingual(en: "leave them unconfirmed", ja: "確認しない")
        }
    }
}
