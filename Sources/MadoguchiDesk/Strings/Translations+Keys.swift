import MadoguchiClinic
extension Translations {
    /// Action names are short because the key-help line shows them all in 80 columns; the
    /// help screen's lines say what each key does in full.
    static let keys: [UIText: Translation] = [
        .actionPause: Translation("停止", "pause"),
        .actionSpeed: Translation("速度", "speed"),
        .actionHelp: Translation("ヘルプ", "help"),
        .actionLanguage: Translation("言語", "lang"),
        .actionTheme: Translation("テーマ", "theme"),
        .actionQuit: Translation("終了", "quit"),
        .helpPause: Translation("Space: シミュレーションを一時停止・再開する", "Space: pause or resume the simulation"),
        .helpSpeed: Translation("+ / -: 時間の進む速さを上げる・下げる", "+ / -: run the clock faster or slower"),
        .helpBack: Translation("Esc: 戻る・画面を閉じる", "Esc: go back or close this screen"),
        .helpHelp: Translation("?: このヘルプを開く・閉じる", "?: open or close this help"),
        .helpLanguage: Translation("L: 日本語と英語を切り替える", "L: switch between Japanese and English"),
        .helpTheme: Translation("t: 配色テーマを切り替える", "t: switch the colour theme"),
        .helpQuit: Translation("q / Ctrl-C: 終了する", "q / Ctrl-C: quit"),
    ]
}
