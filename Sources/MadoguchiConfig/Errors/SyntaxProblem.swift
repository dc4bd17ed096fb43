/// What the TOML reader found wrong, in words for the person who wrote the file.
package enum SyntaxProblem: Error, Sendable, Equatable {
    case expectedKey
    case expectedEquals
    case expectedValue
    case expectedLineEnd
    case expectedHeaderEnd(arrayOfTables: Bool)
    case unterminatedString
    case newlineInString
    case invalidEscape(String)
    case invalidUnicodeEscape(String)
    case unterminatedArray
    case unterminatedInlineTable
    case trailingCommaInInlineTable
    case invalidNumber(String)
    case integerOutOfRange(String)
    case invalidDateTime(String)
    case duplicateKey(String)
    case tableRedefined(String)
    case notATable(String)
    case closedTable(String)
    case notAnArrayOfTables(String)

    package func text(in language: Language) -> String {
        let en = language == .en
        switch self {
        case .expectedKey:
            return en ? "expected a key (letters, digits, _ and - or a quoted string)"
                      : "キーがありません (英数字・_・- か引用符で囲んだ文字列)"
        case .expectedEquals:
            return en ? "expected = after the key" : "キーの後に = がありません"
        case .expectedValue:
            return en ? "expected a value (a string, number, true/false, date, [array] or { inline table })"
                      : "値がありません (文字列・数値・true/false・日付・[配列]・{ インラインテーブル })"
        case .expectedLineEnd:
            return en ? "expected the end of the line (each key = value goes on its own line)"
                      : "行末であるべき所に続きがあります (キー = 値 は 1 行に 1 つ)"
        case .expectedHeaderEnd(let array):
            return en ? "expected \(array ? "]]" : "]") to close the table header"
                      : "テーブル見出しを閉じる \(array ? "]]" : "]") がありません"
        case .unterminatedString:
            return en ? "the string is not closed" : "文字列が閉じていません"
        case .newlineInString:
            return en ? "a line break inside a one-line string (use \"\"\" or ''' for several lines)"
                      : "1 行の文字列の中に改行があります (複数行は \"\"\" か ''' で)"
        case .invalidEscape(let escape):
            return en ? "\(escape) is not an escape (\\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)"
                      : "\(escape) はエスケープではありません (\\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)"
        case .invalidUnicodeEscape(let escape):
            return en ? "\(escape) is not a Unicode character (\\uXXXX or \\UXXXXXXXX in hex, up to 10FFFF, no surrogates)"
                      : "\(escape) は Unicode の文字ではありません (16 進の \\uXXXX か \\UXXXXXXXX、10FFFF まで、サロゲート以外)"
        case .unterminatedArray:
            return en ? "expected , or ] in the array" : "配列の中に , か ] がありません"
        case .unterminatedInlineTable:
            return en ? "expected , or } in the inline table (an inline table stays on one line)"
                      : "インラインテーブルの中に , か } がありません (インラインテーブルは 1 行で)"
        case .trailingCommaInInlineTable:
            return en ? "a comma before } in an inline table" : "インラインテーブルの } の前にカンマがあります"
        case .invalidNumber(let text):
            return en ? "\"\(text)\" is not a number (no leading zeros, _ only between digits)"
                      : "\"\(text)\" は数値ではありません (先頭に 0 を付けない、_ は数字の間のみ)"
        case .integerOutOfRange(let text):
            return en ? "\(text) does not fit in a 64-bit integer" : "\(text) は 64 ビット整数の範囲外です"
        case .invalidDateTime(let text):
            return en ? "\"\(text)\" is not a date or time (1979-05-27, 07:32:00, 1979-05-27T07:32:00Z)"
                      : "\"\(text)\" は日付・時刻ではありません (1979-05-27、07:32:00、1979-05-27T07:32:00Z)"
        case .duplicateKey(let key):
            return en ? "the key \(key) is defined twice" : "キー \(key) が 2 回定義されています"
        case .tableRedefined(let key):
            return en ? "the table [\(key)] is defined twice" : "テーブル [\(key)] が 2 回定義されています"
        case .notATable(let key):
            return en ? "\(key) already holds a value, so it cannot hold keys" : "\(key) には値があるのでキーを置けません"
        case .closedTable(let key):
            return en ? "the table \(key) was completed elsewhere (by its own [header], dotted keys or { }); keys cannot be added to it here"
                      : "テーブル \(key) は別の場所 ([見出し]・ドット付きキー・{ }) で定義済みで、ここではキーを追加できません"
        case .notAnArrayOfTables(let key):
            return en ? "\(key) is not an array of tables ([[\(key)]] needs every \(key) to be one)"
                      : "\(key) はテーブルの配列ではありません ([[\(key)]] はすべてをテーブルの配列にする必要があります)"
        }
    }
}
