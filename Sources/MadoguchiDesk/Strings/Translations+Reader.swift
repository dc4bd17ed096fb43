extension Translations {
    /// The face-recognition card reader's screens. Japanese follows the public poster and
    /// error wording quoted in DOMAIN.md; invented lines are kept in the same register.
    static let reader: [UIText: Translation] = [
        .readerPlaceCard: Translation("マイナンバーカードを置く（カバーは外してください）", "Place your My Number card (remove any cover)"),
        .readerFaceInstruction: Translation(
            "画面に顔を写して本人確認します（4ケタの暗証番号入力でも本人確認できます）",
            "Show your face to the screen to confirm your identity (you can also enter your 4-digit PIN)"
        ),
        .readerEnterPin: Translation("暗証番号（4桁）を入力してください", "Enter your 4-digit PIN"),
        .readerPinWrong: Translation("暗証番号が違います（あと{0}回）", "Wrong PIN ({0} tries left)"),
        .readerPinLocked: Translation("暗証番号がロックされています", "The PIN is locked"),
        .readerFaceFailed: Translation("顔認証できませんでした", "Face recognition failed"),
        .readerConsentIntro: Translation(
            "診療・お薬情報、健診情報の提供について同意します",
            "I agree to share my treatment, medication and check-up information"
        ),
        .readerConsentQuestion: Translation("{0}情報の提供に同意しますか", "Share your {0} information?"),
        .readerAgreeAll: Translation("すべて同意する", "Agree to all"),
        .readerAgree: Translation("同意する", "Agree"),
        .readerComplete: Translation("受付完了！ カードをしまってください", "Reception complete! Please put your card away"),
        .readerVisualMode: Translation("目視確認モード", "Visual confirmation mode"),
        .readerVisualModeWaiting: Translation("職員が本人確認をします", "A member of staff will confirm your identity"),
        .readerErrorCardUnreadable: Translation("【001:マイナンバーカードの認識不可】", "[001: My Number card not recognised]"),
        .readerErrorCertificateExpired: Translation(
            "【006:利用者証明用電子証明書の失効・有効期限切れ】",
            "[006: user certificate revoked or expired]"
        ),
        .readerErrorConnection: Translation(
            "通信エラー：オンライン資格確認ができません。受付でお申し出ください",
            "Connection error: eligibility cannot be checked online. Please go to the desk"
        ),
        .consentItemTreatment: Translation("診療", "treatment"),
        .consentItemMedication: Translation("薬剤", "medication"),
        .consentItemCheckup: Translation("特定健診", "specific health check-up"),
        .consentItemSurgery: Translation("手術", "surgery"),
    ]
}
