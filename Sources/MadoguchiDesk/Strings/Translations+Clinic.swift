extension Translations {
    /// Fields of the desk terminal, in the wording of DOMAIN.md. The names of result codes,
    /// credentials, faults and outcomes are the clinic model's own (`name`).
    static let clinic: [UIText: Translation] = [
        .fieldName: Translation("氏名", "Name"),
        .fieldKana: Translation("フリガナ", "Name in kana"),
    ]
}
