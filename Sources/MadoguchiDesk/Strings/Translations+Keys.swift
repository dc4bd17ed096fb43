import MadoguchiClinic

import MadoguchiClinic
extension Translations {
    /// Action names are short because the key-help line shows them all in 80 columns; the
    /// help screen's lines say what each key does in full.
    static let keys: [UIText: Bilingual] = [
        .actionPause: Bilingual(en: "pause", ja: "停止"),
        .actionSpeed: Bilingual(en: "speed", ja: "速度"),
        .actionHelp: Bilingual(en: "help", ja: "ヘルプ"),
        .actionLanguage: Bilingual(en: "lang", ja: "言語"),
        .actionTheme: Bilingual(en: "theme", ja: "テーマ"),
        .actionQuit: Bilingual(en: "quit", ja: "終了"),
        .helpPause: Bilingual(en: "Space: pause or resume the simulation", ja: "Space: シミュレーションを一時停止・再開する"),
        .helpSpeed: Bilingual(en: "+ / -: run the clock faster or slower", ja: "+ / -: 時間の進む速さを上げる・下げる"),
        .helpBack: Bilingual(en: "Esc: go back or close this screen", ja: "Esc: 戻る・画面を閉じる"),
        .helpHelp: Bilingual(en: "?: open or close this help", ja: "?: このヘルプを開く・閉じる"),
        .helpLanguage: Bilingual(en: "L: switch between Japanese and English", ja: "L: 日本語と英語を切り替える"),
        .helpTheme: Bilingual(en: "t: switch the colour theme", ja: "t: 配色テーマを切り替える"),
        .helpQuit: Bilingual(en: "q / Ctrl-C: quit", ja: "q / Ctrl-C: 終了する"),
    ]
}
