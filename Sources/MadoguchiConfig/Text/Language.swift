import Foundation

/// The two languages of every user-facing string.
package enum Language: String, CaseIterable, Sendable, Codable {
    case ja
    case en

    /// The language the locale asks for, in POSIX precedence (LC_ALL, then LC_MESSAGES, then
    /// LANG): Japanese when that value starts with "ja", English otherwise.
    package static func preferred(environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.hasPrefix("ja") ? .ja : .en
            }
        }
        return .en
    }
}

/// A text in both languages; choosing one is the caller's last step.
package struct Bilingual: Sendable, Hashable, Codable {
    package var en: String
    package var ja: String

    package init(en: String, ja: String) {
        self.en = en
        self.ja = ja
    }

    /// A text the same in both languages: a number, a key, a name in kanji.
    package init(_ both: String) {
        self.init(en: both, ja: both)
    }

    package func text(_ language: Language) -> String { language == .ja ? ja : en }

    /// The text in `language` with `{0}`, `{1}` … replaced by `arguments`, in one pass so an
    /// argument that itself contains `{1}` stays as it is; both languages use the same marks,
    /// possibly in another order.
    package func text(_ language: Language, filling arguments: [String]) -> String {
        let template = Array(text(language))
        var result = ""
        var index = 0
        while index < template.count {
            if template[index] == "{", index + 2 < template.count, template[index + 2] == "}",
               let digit = template[index + 1].wholeNumberValue, digit < arguments.count {
                result += arguments[digit]
                index += 3
            } else {
                result.append(template[index])
                index += 1
            }
        }
        return result
    }
}
