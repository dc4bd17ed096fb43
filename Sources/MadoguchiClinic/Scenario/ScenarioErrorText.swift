import Foundation

/// The English and Japanese wording of every scenario problem: what is wrong, and what
/// would be accepted instead.
extension ScenarioError.Problem {
    func text(in language: Language) -> (problem: String, accepted: String) {
        let en = language == .en
        switch self {
        case .fileNotFound(let names):
            let list = names.joined(separator: ", ")
            return en ? ("no such file or built-in name",
                         "a built-in name (\(list)) or the path of a .toml file")
                      : ("そのファイルも組み込みの名前もありません",
                         "組み込みの名前 (\(list)) または .toml ファイルのパス")
        case .config(let problem):
            return problem.text(in: language)
        case .missingKey:
            return en ? ("this key is required here", "the key with a value, see docs/scenario-format.md")
                      : ("このキーは必須です", "値を指定したキー (docs/scenario-format.md 参照)")
        case .wrongType(let shape, let found):
            return en ? ("wrong type: found \(found)", shape.text(in: language))
                      : ("型が違います: \(found)", shape.text(in: language))
        case .invalidNumber(let value, let rule):
            return en ? ("\(value.formatted) is out of range", rule.text(in: language))
                      : ("\(value.formatted) は範囲外です", rule.text(in: language))
        case .invalidClockTime(let text):
            return en ? ("\"\(text)\" is not a clock time", "\"HH:MM\", e.g. \"08:30\" (hours may exceed 24 for multi-day runs)")
                      : ("\"\(text)\" は時刻ではありません", "\"HH:MM\" 形式 (例 \"08:30\"、複数日の実行では 24 時以降も可)")
        case .invalidDate(let text):
            return en ? ("\"\(text)\" is not a calendar date", "a TOML date or \"YYYY-MM-DD\" with a real day, e.g. 2025-10-15")
                      : ("\"\(text)\" は日付ではありません", "実在する日付の TOML 日付または \"YYYY-MM-DD\" (例 2025-10-15)")
        case .openingTooLate(let opening):
            return en ? ("opening \(opening.shortDescription) is not within the day", "an opening time before 24:00")
                      : ("開院時刻 \(opening.shortDescription) が一日の範囲外です", "24:00 より前の開院時刻")
        case .closingNotAfterOpening(let opening, let closing):
            return en ? ("closing \(closing.shortDescription) is not after opening \(opening.shortDescription)",
                         "a closing time later than opening")
                      : ("閉院時刻 \(closing.shortDescription) が開院時刻 \(opening.shortDescription) より後ではありません",
                         "開院時刻より後の閉院時刻")
        case .warmupTooLong(let minutes, let day):
            return en ? ("a warm-up of \(minutes.formatted) min leaves nothing of a \(day.formatted) min day",
                         "warmup_minutes from 0 up to less than the opening hours")
                      : ("ウォームアップ \(minutes.formatted) 分では \(day.formatted) 分の診療時間が残りません",
                         "0 以上、診療時間未満の warmup_minutes")
        case .unknownOption(let option, let accepted, let suggestion):
            let hint = suggestion.map { en ? " (did you mean \($0)?)" : " (\($0) のことですか?)" } ?? ""
            return en ? ("unknown option \"\(option)\"\(hint)", accepted.joined(separator: ", "))
                      : ("不明な選択肢 \"\(option)\"\(hint)", accepted.joined(separator: ", "))
        case .notYetIntroduced(let option, let introduced, let date):
            return en ? ("\(option) did not exist yet on the scenario's date, \(date): it is used from \(introduced)",
                         "no share (0) and no scripted patient for it before \(introduced), or a scenario date from \(introduced)")
                      : ("\(option) はシナリオの日付 \(date) にはまだありません (\(introduced) から利用可能)",
                         "\(introduced) より前なら割合 0 で台本の患者にも使わない、または \(introduced) 以降の日付")
        case .mixSum(let sum):
            return en ? ("the shares sum to \(sum.formatted), not 1", "shares in [0, 1] that sum to 1")
                      : ("割合の合計が 1 ではなく \(sum.formatted) です", "合計 1 になる 0〜1 の割合")
        case .timesOutOfOrder(let from, let to):
            return en ? ("from \(from.shortDescription) is not before to \(to.shortDescription)", "from earlier than to")
                      : ("from \(from.shortDescription) が to \(to.shortDescription) より前ではありません", "to より前の from")
        case .arrivalOutsideDay(let at, let opening, let closing):
            return en ? ("arrival at \(at.shortDescription) is outside opening hours \(opening.shortDescription)–\(closing.shortDescription)",
                         "a time from opening up to before closing")
                      : ("来院時刻 \(at.shortDescription) が診療時間 \(opening.shortDescription)〜\(closing.shortDescription) の外です",
                         "開院から閉院前までの時刻")
        case .windowOutsideDay(let from, let to, let opening, let closing):
            let window = "\(from.shortDescription)–\(to.shortDescription)"
            let hours = "\(opening.shortDescription)–\(closing.shortDescription)"
            return en ? ("the arrival window \(window) lies outside opening hours \(hours)",
                         "[[arrivals]] windows within opening hours (changing the hours needs arrivals to match)")
                      : ("到着時間帯 \(window) が診療時間 \(hours) の外にあります",
                         "診療時間内の [[arrivals]] (診療時間を変えたら到着時間帯も合わせる)")
        case .windowsOverlap(let otherFrom, let otherTo):
            let other = "\(otherFrom.shortDescription)–\(otherTo.shortDescription)"
            return en ? ("the window overlaps the window \(other)", "arrival windows that do not overlap (gaps mean no arrivals)")
                      : ("時間帯が \(other) と重なっています", "重ならない到着時間帯 (すき間は到着なし)")
        case .distribution(let name, let rule):
            return rule.text(name: name, in: language)
        case .readersNeeded(let share):
            let paths = CredentialPath.allCases.filter(\.usesReader).map(\.rawValue)
            let listed = paths.joined(separator: ", "), zero = paths.joined(separator: " = ") + " = 0"
            return en ? ("no card reader, yet \((share * 100).formatted) % of patients use one (\(listed))",
                         "readers ≥ 1, or readers = 0 with \(zero) in [mix.path]")
                      : ("カードリーダーが 0 台ですが、患者の \((share * 100).formatted) % が使います (\(listed))",
                         "readers ≥ 1、または [mix.path] で \(zero) として readers = 0")
        case .outageReaderOutOfRange(let index, let readers):
            return en ? ("there is no reader \(index)", readers == 0 ? "no reader outages when readers = 0" : "a reader number from 1 to \(readers)")
                      : ("リーダー \(index) はありません", readers == 0 ? "readers = 0 ではリーダー障害は指定不可" : "1 から \(readers) のリーダー番号")
        case .tooManyArrivals(let expected, let limit):
            return en ? ("about \(expected.formatted) arrivals per replication is more than this simulator handles",
                         "at most \(limit.formatted) expected arrivals (lower per_hour or shorten the day)")
                      : ("1 回の反復で約 \(expected.formatted) 人の到着は扱える量を超えます",
                         "期待到着数 \(limit.formatted) 人以下 (per_hour を下げるか診療時間を短く)")
        case .tooManyTables(let count, let limit):
            return en ? ("\(count) blocks are more than a scenario may have", "at most \(limit) blocks")
                      : ("\(count) 個のブロックはシナリオの上限を超えます", "\(limit) 個以下のブロック")
        case .override(let text):
            return en ? ("\"\(text)\" is not an override", "key=value with a dotted key, e.g. staff.desks=3 or arrivals[1].per_hour=30")
                      : ("\"\(text)\" は上書き指定ではありません", "キー=値 の形 (例 staff.desks=3、arrivals[1].per_hour=30)")
        }
    }
}

extension ScenarioError.ValueShape {
    func text(in language: Language) -> String {
        let en = language == .en
        switch self {
        case .integer: return en ? "a whole number" : "整数"
        case .number: return en ? "a number" : "数値"
        case .string: return en ? "a quoted string" : "引用符で囲んだ文字列"
        case .table: return en ? "a table" : "テーブル"
        case .arrayOfTables: return en ? "an array of tables ([[...]] blocks)" : "テーブルの配列 ([[...]] ブロック)"
        case .numberArray: return en ? "an array of numbers" : "数値の配列"
        case .boolean: return en ? "true or false" : "true または false"
        case .stringArray: return en ? "an array of quoted strings, e.g. [\"face_mismatch\"]" : "引用符で囲んだ文字列の配列 (例 [\"face_mismatch\"])"
        case .clockTime: return en ? "a clock time \"HH:MM\"" : "時刻 \"HH:MM\""
        case .date: return en ? "a date such as 2025-10-15" : "2025-10-15 のような日付"
        case .distribution:
            return en ? "a number of seconds or a distribution such as { dist = \"exponential\", mean = 60 }"
                      : "秒数、または { dist = \"exponential\", mean = 60 } のような分布"
        case .patience:
            return en ? "\"never\" or a distribution such as { dist = \"exponential\", mean = 3600 }"
                      : "\"never\" または { dist = \"exponential\", mean = 3600 } のような分布"
        }
    }
}

extension ScenarioError.NumberRule {
    func text(in language: Language) -> String {
        let en = language == .en
        switch self {
        case .probability: return en ? "a probability from 0 to 1" : "0 から 1 の確率"
        case .nonNegative: return en ? "a finite number ≥ 0" : "0 以上の有限の数"
        case .positive: return en ? "a finite number > 0" : "0 より大きい有限の数"
        case .integerAtLeast(let n): return en ? "a whole number ≥ \(n)" : "\(n) 以上の整数"
        case .integerIn(let low, let high): return en ? "a whole number from \(low) to \(high)" : "\(low) 以上 \(high) 以下の整数"
        }
    }
}

extension ScenarioError.DistributionRule {
    func text(name: String, in language: Language) -> (problem: String, accepted: String) {
        let en = language == .en
        switch self {
        case .parameters(let sets):
            let list = sets.map { $0.joined(separator: " + ") }.joined(separator: en ? " or " : " または ")
            return en ? ("\(name) needs other parameters", "\(name) with \(list)")
                      : ("\(name) の引数が足りないか余分です", "\(name) には \(list)")
        case .p90NotAboveMedian:
            return en ? ("p90 is not above median", "p90 > median > 0") : ("p90 が median より大きくありません", "p90 > median > 0")
        case .minAboveMax:
            return en ? ("min is above max", "0 ≤ min ≤ max") : ("min が max より大きい", "0 ≤ min ≤ max")
        case .modeOutside:
            return en ? ("mode is outside min…max, or min = max", "0 ≤ min ≤ mode ≤ max with min < max")
                      : ("mode が min〜max の外、または min = max", "0 ≤ min ≤ mode ≤ max かつ min < max")
        case .emptyValues:
            return en ? ("empirical needs at least one value", "values = [a non-empty array of numbers ≥ 0]")
                      : ("empirical には値が 1 つ以上必要です", "values = [0 以上の数の空でない配列]")
        case .kNotPositiveInteger:
            return en ? ("k is not a positive whole number", "k = 1, 2, 3, …") : ("k が正の整数ではありません", "k = 1, 2, 3, …")
        }
    }
}
