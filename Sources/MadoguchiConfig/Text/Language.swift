import Foundation

/// The two languages of every user-facing string.
public enum Language: String, CaseIterable, Sendable, Codable {
    case ja
    case en

    /// The language the locale asks for, in POSIX precedence (LC_ALL, then LC_MESSAGES, then
    /// LANG): Japanese when that value starts with "ja", English otherwise.
    public static func preferred(environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.hasPrefix("ja") ? .ja : .en
            }
        }
        return .en
    }
}

/// A text in both languages; choosing one is the caller's last step.
public struct Bilingual: Sendable, Equatable {
    public var en: String
    public var ja: String

    public init(en: String, ja: String) {
        self.en = en
        self.ja = ja
    }

    public func text(_ language: Language) -> String { language == .ja ? ja : en }
}
