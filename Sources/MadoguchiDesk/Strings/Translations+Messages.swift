import MadoguchiClinic

extension Translations {
    /// Start-up problems and theme-file errors: each says what was wrong and what is accepted.
    static let messages: [UIText: Bilingual] = [
        .terminalTooSmall: Bilingual(en: "Enlarge the terminal to at least {0}×{1}", ja: "端末を{0}×{1}以上に広げてください"),
        .terminalSizeNow: Bilingual(en: "(now {0}×{1})", ja: "（現在 {0}×{1}）"),
        .terminalErrorNotATerminal: Bilingual(
            en: "{0} is not a terminal; start the desk from a terminal",
            ja: "{0}が端末ではありません。端末の中で起動してください"
        ),
        .terminalErrorUnknownTerm: Bilingual(
            en: "cannot start the terminal: TERM=\"{0}\" is unknown or unusable (try TERM=xterm-256color)",
            ja: "端末を初期化できません: TERM=\"{0}\" は不明か使えない種類です（例: TERM=xterm-256color）"
        ),
        .terminalErrorTermUnset: Bilingual(
            en: "cannot start the terminal: TERM is not set (try TERM=xterm-256color)",
            ja: "端末を初期化できません: TERM が設定されていません（例: TERM=xterm-256color）"
        ),
        .terminalErrorNoCursorAddressing: Bilingual(
            en: "the terminal TERM=\"{0}\" cannot move the cursor (no cursor addressing), which the desk needs to draw its panels; use a terminal such as xterm-256color, or `madoguchi run`, which prints plain text anywhere",
            ja: "TERM=\"{0}\" の端末はカーソルを移動できないため、窓口の画面を描けません。xterm-256color などの端末を使うか、どこでも文字で出力する `madoguchi run` を使ってください"
        ),
        .streamStandardInput: Bilingual(en: "standard input", ja: "標準入力"),
        .streamStandardOutput: Bilingual(en: "standard output", ja: "標準出力"),
        .themeErrorUnknownTheme: Bilingual(en: "no theme named \"{0}\"", ja: "テーマ「{0}」はありません"),
        .themeErrorNoFile: Bilingual(en: "no such file", ja: "そのファイルはありません"),
        .themeAccepted: Bilingual(en: "a built-in theme ({0}) or the path of a .toml file", ja: "組み込みテーマ（{0}）か .toml ファイルのパス"),
        .themeErrorBadColor: Bilingual(en: "\"{0}\" is not a colour", ja: "「{0}」は色として使えません"),
        .themeErrorBadAttribute: Bilingual(en: "\"{0}\" is not an attribute", ja: "「{0}」は属性として使えません"),
        .themeErrorWrongType: Bilingual(en: "wrong type: found {0}", ja: "型が違います: {0}が書かれています"),
        .typeString: Bilingual(en: "a string", ja: "文字列"),
        .typeTable: Bilingual(en: "a table", ja: "テーブル"),
        .typeArray: Bilingual(en: "an array", ja: "配列"),
        .typeStringArray: Bilingual(en: "an array of strings", ja: "文字列の配列"),
        .typeInteger: Bilingual(en: "an integer", ja: "整数"),
        .typeFloat: Bilingual(en: "a floating-point number", ja: "小数"),
        .typeBoolean: Bilingual(en: "a boolean", ja: "真偽値"),
        .typeDateTime: Bilingual(en: "a date or time", ja: "日付・時刻"),
    ]
}
