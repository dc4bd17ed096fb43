import MadoguchiClinic

/// The kinds of staff question, named briefly for the report's charts and tables.
extension Situation.Kind {
    var reportName: Bilingual {
        switch self {
        case .readerError: Bilingual(en: "card not read", ja: "カード読み取りエラー")
        case .faceFailed: Bilingual(en: "face not recognised", ja: "顔認証の失敗")
        case .pinLocked: Bilingual(en: "PIN locked", ja: "暗証番号のロック")
        case .needsHelp: Bilingual(en: "patient needs help", ja: "操作の介助")
        case .readerInVisualMode: Bilingual(en: "reader left in visual mode", ja: "目視確認モードのまま")
        case .record: Bilingual(en: "checking the record", ja: "資格情報の照合")
        case .eligibility: Bilingual(en: "eligibility not confirmed", ja: "資格が確認できない")
        case .legacyCard: Bilingual(en: "legacy insurance card", ja: "従来の保険証")
        case .readersDown: Bilingual(en: "no reader works", ja: "リーダーが使えない")
        case .nextTask: Bilingual(en: "what to do next", ja: "次の作業")
        case .lineRestored: Bilingual(en: "the line is back", ja: "回線の復旧")
        }
    }
}
