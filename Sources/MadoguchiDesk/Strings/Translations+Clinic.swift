extension Translations {
    /// Eligibility results and fields of the desk terminal, in the wording of DOMAIN.md. The
    /// names of credentials, faults and outcomes are the clinic model's own (`name`).
    static let clinic: [UIText: Translation] = [
        .eligibilityValid: Translation("有効", "Valid"),
        .eligibilityInvalid: Translation("無効", "Invalid"),
        .fieldName: Translation("氏名", "Name"),
        .fieldKana: Translation("フリガナ", "Name in kana"),
    ]
}
