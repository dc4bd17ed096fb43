import MadoguchiClinic

extension Translations {
    /// The face-recognition card reader's screens. Japanese follows the public poster and
    /// error wording quoted in DOMAIN.md; invented lines are kept in the same register.
    static let reader: [UIText: Bilingual] = [
        .readerPlaceCard: Bilingual(en: "Place your My Number card (remove any cover)", ja: "マイナンバーカードを置く（カバーは外してください）"),
        .readerFaceInstruction: Bilingual(
            en: "Show your face to the screen to confirm your identity (you can also enter your 4-digit PIN)",
            ja: "画面に顔を写して本人確認します（4ケタの暗証番号入力でも本人確認できます）"
        ),
        .readerEnterPin: Bilingual(en: "Enter your 4-digit PIN", ja: "暗証番号（4桁）を入力してください"),
        .readerPinWrong: Bilingual(en: "Wrong PIN ({0} tries left)", ja: "暗証番号が違います（あと{0}回）"),
        .readerPinLocked: Bilingual(en: "The PIN is locked", ja: "暗証番号がロックされています"),
        .readerFaceFailed: Bilingual(en: "Face recognition failed", ja: "顔認証できませんでした"),
        .readerConsentIntro: Bilingual(
            en: "I agree to share my treatment, medication and check-up information",
            ja: "診療・お薬情報、健診情報の提供について同意します"
        ),
        .readerConsentQuestion: Bilingual(en: "Share your {0} information?", ja: "{0}情報の提供に同意しますか"),
        .readerAgreeAll: Bilingual(en: "Agree to all", ja: "すべて同意する"),
        .readerAgree: Bilingual(en: "Agree", ja: "同意する"),
        .readerComplete: Bilingual(en: "Reception complete! Please put your card away", ja: "受付完了！ カードをしまってください"),
        .readerVisualMode: Bilingual(en: "Visual confirmation mode", ja: "目視確認モード"),
        .readerVisualModeWaiting: Bilingual(en: "A member of staff will confirm your identity", ja: "職員が本人確認をします"),
        .readerErrorCardUnreadable: Bilingual(en: "[001: My Number card not recognised]", ja: "【001:マイナンバーカードの認識不可】"),
        .readerErrorCertificateExpired: Bilingual(
            en: "[006: user certificate revoked or expired]",
            ja: "【006:利用者証明用電子証明書の失効・有効期限切れ】"
        ),
        .readerErrorConnection: Bilingual(
            en: "Connection error: eligibility cannot be checked online. Please go to the desk",
            ja: "通信エラー：オンライン資格確認ができません。受付でお申し出ください"
        ),
        .consentItemTreatment: Bilingual(en: "treatment", ja: "診療"),
        .consentItemMedication: Bilingual(en: "medication", ja: "薬剤"),
        .consentItemCheckup: Bilingual(en: "specific health check-up", ja: "特定健診"),
        .consentItemSurgery: Bilingual(en: "surgery", ja: "手術"),
    ]
}
