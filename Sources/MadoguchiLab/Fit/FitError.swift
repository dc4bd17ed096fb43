import MadoguchiClinic

/// Why a CSV file gives nothing to fit, each naming the file (and line) and what is accepted.
package enum FitError: Error, Equatable, Sendable {
    case unreadable(path: String, reason: String)
    case notText(path: String)
    case empty(path: String)
    case unterminatedQuote(path: String, line: Int)
    case fieldCount(path: String, line: Int, found: Int, expected: Int)
    case missingColumn(path: String, column: String, header: [String])
    case notANumber(path: String, line: Int, column: String, text: String)
    case notPositive(path: String, line: Int, column: String, text: String)
    case tooFew(path: String, column: String, count: Int)
    case noSpread(path: String, column: String, value: String)

    package var message: Bilingual {
        switch self {
        case .unreadable(let path, let reason):
            return Bilingual(en: "cannot read \(path): \(reason)", ja: "\(path) を読めません: \(reason)")
        case .notText(let path):
            return Bilingual(en: "\(path) is not a CSV text file (it holds bytes that are not UTF-8 text). Accepted: comma-separated values in UTF-8, a header row first.",
                             ja: "\(path) は CSV のテキストファイルではありません(UTF-8 のテキストでないバイトを含みます)。受け付けるのは、1 行目がヘッダー行の UTF-8 のカンマ区切りファイルです。")
        case .empty(let path):
            return Bilingual(en: "\(path) is empty. Accepted: a header row naming the columns, then one row per observation.",
                             ja: "\(path) は空です。1 行目に列名のヘッダー行、続けて 1 行に 1 件の観測値を書いてください。")
        case .unterminatedQuote(let path, let line):
            return Bilingual(en: "\(path):\(line): a quoted field is never closed. Accepted: CSV (RFC 4180), a quote inside a quoted field written twice (\"\").",
                             ja: "\(path):\(line): 引用符で始まるフィールドが閉じていません。CSV(RFC 4180)の形式で、引用符で囲んだフィールド内の引用符は 2 つ重ねて(\"\")書いてください。")
        case .fieldCount(let path, let line, let found, let expected):
            return Bilingual(en: "\(path):\(line): \(found) fields, but the header has \(expected). Accepted: comma-separated values with the same number of fields on every row (a field holding a comma is quoted).",
                             ja: "\(path):\(line): フィールドが \(found) 個ありますが、ヘッダーは \(expected) 個です。すべての行で同じ数のカンマ区切りのフィールドが必要です(カンマを含むフィールドは引用符で囲みます)。")
        case .missingColumn(let path, let column, let header):
            let list = header.map { "'\($0)'" }.joined(separator: ", ")
            return Bilingual(en: "\(path):1: no column named '\(column)'. Accepted: one of the header's columns: \(list).",
                             ja: "\(path):1: '\(column)' という列はありません。指定できる列: \(list)")
        case .notANumber(let path, let line, let column, let text):
            return Bilingual(en: "\(path):\(line): column '\(column)': '\(text)' is not a number. Accepted: a duration in seconds, like 42 or 42.5 (an empty field is skipped).",
                             ja: "\(path):\(line): 列 '\(column)': '\(text)' は数値ではありません。秒単位の所要時間(42 や 42.5 など)を書いてください(空のフィールドは読み飛ばします)。")
        case .notPositive(let path, let line, let column, let text):
            return Bilingual(en: "\(path):\(line): column '\(column)': \(text) is not a positive duration. Accepted: durations in seconds above 0.",
                             ja: "\(path):\(line): 列 '\(column)': \(text) は正の所要時間ではありません。0 より大きい秒数を書いてください。")
        case .tooFew(let path, let column, let count):
            return Bilingual(en: "\(path): column '\(column)' has \(count) numeric value\(count == 1 ? "" : "s"); fitting needs at least 2.",
                             ja: "\(path): 列 '\(column)' の数値は \(count) 件です。当てはめには 2 件以上必要です。")
        case .noSpread(let path, let column, let value):
            return Bilingual(en: "\(path): every value of column '\(column)' is \(value): there is no spread to fit. A fixed duration is written as the bare number \(value).",
                             ja: "\(path): 列 '\(column)' の値はすべて \(value) で、ばらつきがないため当てはめられません。一定の所要時間はシナリオに数値 \(value) をそのまま書きます。")
        }
    }
}
