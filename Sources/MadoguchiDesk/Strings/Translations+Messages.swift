extension Translations {
    /// Start-up problems and theme-file errors: each says what was wrong and what is accepted.
    static let messages: [UIText: Translation] = [
        .terminalTooSmall: Translation("端末を{0}×{1}以上に広げてください", "Enlarge the terminal to at least {0}×{1}"),
        .terminalSizeNow: Translation("（現在 {0}×{1}）", "(now {0}×{1})"),
        .terminalErrorNotATerminal: Translation(
            "{0}が端末ではありません。端末の中で起動してください",
            "{0} is not a terminal; start the desk from a terminal"
        ),
        .terminalErrorUnknownTerm: Translation(
            "端末を初期化できません: TERM=\"{0}\" は不明か使えない種類です（例: TERM=xterm-256color）",
            "cannot start the terminal: TERM=\"{0}\" is unknown or unusable (try TERM=xterm-256color)"
        ),
        .terminalErrorTermUnset: Translation(
            "端末を初期化できません: TERM が設定されていません（例: TERM=xterm-256color）",
            "cannot start the terminal: TERM is not set (try TERM=xterm-256color)"
        ),
        .terminalErrorNoCursorAddressing: Translation(
            "TERM=\"{0}\" の端末はカーソルを移動できないため、窓口の画面を描けません。xterm-256color などの端末を使うか、どこでも文字で出力する `madoguchi run` を使ってください",
            "the terminal TERM=\"{0}\" cannot move the cursor (no cursor addressing), which the desk needs to draw its panels; use a terminal such as xterm-256color, or `madoguchi run`, which prints plain text anywhere"
        ),
        .streamStandardInput: Translation("標準入力", "standard input"),
        .streamStandardOutput: Translation("標準出力", "standard output"),
        .themeErrorUnknownTheme: Translation("テーマ「{0}」はありません", "no theme named \"{0}\""),
        .themeErrorNoFile: Translation("そのファイルはありません", "no such file"),
        .themeAccepted: Translation("組み込みテーマ（{0}）か .toml ファイルのパス", "a built-in theme ({0}) or the path of a .toml file"),
        .themeErrorBadColor: Translation("「{0}」は色として使えません", "\"{0}\" is not a colour"),
        .themeErrorBadAttribute: Translation("「{0}」は属性として使えません", "\"{0}\" is not an attribute"),
        .themeErrorWrongType: Translation("型が違います: {0}が書かれています", "wrong type: found {0}"),
        .typeString: Translation("文字列", "a string"),
        .typeTable: Translation("テーブル", "a table"),
        .typeArray: Translation("配列", "an array"),
        .typeStringArray: Translation("文字列の配列", "an array of strings"),
        .typeInteger: Translation("整数", "an integer"),
        .typeFloat: Translation("小数", "a floating-point number"),
        .typeBoolean: Translation("真偽値", "a boolean"),
        .typeDateTime: Translation("日付・時刻", "a date or time"),
    ]
}
