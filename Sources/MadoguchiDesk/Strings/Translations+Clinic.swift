import MadoguchiClinic

extension Translations {
    /// Fields of the desk terminal, in the wording of DOMAIN.md. The names of result codes,
    /// credentials, faults and outcomes are the clinic model's own (`name`).
    static let clinic: [UIText: Bilingual] = [
        .fieldName: Bilingual(en: "Name", ja: "氏名"),
        .fieldKana: Bilingual(en: "Name in kana", ja: "フリガナ"),
    ]
}
