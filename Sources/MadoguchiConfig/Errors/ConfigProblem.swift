/// What can be wrong with a configuration file whatever it configures.
package enum ConfigProblem: Sendable, Equatable {
    case notFound
    case isDirectory
    case unreadable(reason: String)
    case tooLarge(bytes: Int, limit: Int)
    case notUTF8(byteOffset: Int)
    /// A control character (NUL and the like): binary data, not a TOML text.
    case controlCharacter(codePoint: UInt32)
    case syntax(SyntaxProblem)
    case tooDeep(limit: Int)
    case stringTooLong(limit: Int)
    case unknownKey(suggestion: String?, known: [String])

    package func text(in language: Language) -> (problem: String, accepted: String) {
        let en = language == .en
        switch self {
        case .notFound:
            return en ? ("no such file", "the path of a .toml file") : ("ファイルがありません", ".toml ファイルのパス")
        case .isDirectory:
            return en ? ("this is a directory, not a file", "the path of a .toml file")
                      : ("これはディレクトリで、ファイルではありません", ".toml ファイルのパス")
        case .unreadable(let reason):
            return en ? ("the file cannot be read (\(reason))", "a readable .toml file")
                      : ("ファイルを読めません (\(reason))", "読み取り可能な .toml ファイル")
        case .tooLarge(let bytes, let limit):
            return en ? ("the file is \(bytes) bytes, more than a hand-written file needs", "a file of at most \(limit) bytes")
                      : ("ファイルが \(bytes) バイトあり、手書きのファイルとしては大きすぎます", "\(limit) バイト以下のファイル")
        case .notUTF8(let offset):
            return en ? ("not UTF-8 text (invalid byte at offset \(offset))", "a UTF-8 TOML text")
                      : ("UTF-8 のテキストではありません (\(offset) バイト目が不正)", "UTF-8 の TOML テキスト")
        case .controlCharacter(let code):
            let digits = String(code, radix: 16, uppercase: true)
            let hex = "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
            return en ? ("binary data: control character \(hex)", "a TOML text (tabs and line breaks are the only control characters)")
                      : ("バイナリデータです: 制御文字 \(hex)", "TOML テキスト (制御文字はタブと改行のみ)")
        case .syntax(let detail):
            return en ? ("TOML syntax error: \(detail.text(in: language))", "TOML 1.0 syntax (https://toml.io/en/v1.0.0)")
                      : ("TOML の構文エラー: \(detail.text(in: language))", "TOML 1.0 の構文 (https://toml.io/ja/v1.0.0)")
        case .tooDeep(let limit):
            return en ? ("tables and arrays nested more than \(limit) levels deep", "at most \(limit) levels of keys, tables and arrays")
                      : ("テーブルと配列の入れ子が \(limit) 段を超えています", "キー・テーブル・配列の入れ子は \(limit) 段まで")
        case .stringTooLong(let limit):
            return en ? ("a string or key longer than \(limit) bytes", "strings and keys of at most \(limit) bytes")
                      : ("\(limit) バイトを超える文字列またはキー", "\(limit) バイト以下の文字列とキー")
        case .unknownKey(let suggestion, let known):
            let hint = suggestion.map { en ? " (did you mean \($0)?)" : " (\($0) のことですか?)" } ?? ""
            let list = known.isEmpty ? (en ? "no keys here" : "ここにキーはありません") : Self.list(known, language)
            return en ? ("unknown key\(hint)", list) : ("不明なキーです\(hint)", list)
        }
    }

    /// Known keys, shortened when a table holds so many that the message would drown.
    static func list(_ keys: [String], _ language: Language) -> String {
        let shown = 40
        guard keys.count > shown else { return keys.joined(separator: ", ") }
        let more = Bilingual(en: "\(keys.count - shown) more", ja: "ほか \(keys.count - shown) 個").text(language)
        return keys.prefix(shown).joined(separator: ", ") + ", … (\(more))"
    }
}

