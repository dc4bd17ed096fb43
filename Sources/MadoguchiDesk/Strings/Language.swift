/// The language of every user-facing text.
public enum Language: String, CaseIterable, Sendable {
    case ja
    case en

    /// The language the locale asks for, in POSIX precedence (LC_ALL, then LC_MESSAGES, then
    /// LANG): Japanese when that value starts with "ja", English otherwise.
    public static func preferred(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.hasPrefix("ja") ? .ja : .en
            }
        }
        return .en
    }
}
