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
        .streamStandardInput: Translation("標準入力", "standard input"),
        .streamStandardOutput: Translation("標準出力", "standard output"),
        .themeErrorUnknownTheme: Translation(
            "テーマ「{0}」はありません。組み込みテーマ（{1}）か .toml ファイルのパスを指定してください",
            "no theme named \"{0}\"; give a built-in theme ({1}) or the path of a .toml file"
        ),
        .themeErrorUnreadable: Translation("ファイルを読めません: {0}", "cannot read the file: {0}"),
        .themeErrorSyntax: Translation("TOMLの構文エラー: {0}", "TOML syntax error: {0}"),
        .themeErrorUnknownKey: Translation("不明なキーです。使えるキー: {0}", "unknown key; accepted keys: {0}"),
        .themeErrorBadColor: Translation("「{0}」は色として使えません。使える形式: {1}", "\"{0}\" is not a colour; accepted: {1}"),
        .themeErrorBadAttribute: Translation("「{0}」は属性として使えません。使える属性: {1}", "\"{0}\" is not an attribute; accepted: {1}"),
        .themeErrorWrongType: Translation("{0}を書いてください（{1}が書かれています）", "expected {0}, found {1}"),
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
