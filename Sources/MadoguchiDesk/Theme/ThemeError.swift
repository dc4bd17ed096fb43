import MadoguchiClinic
/// A theme that could not be loaded: where (file, line or key) and what would be accepted.
public struct ThemeError: Error, Equatable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        case unknownTheme(builtins: [String])
        case unreadable(reason: String)
        case syntax(description: String)
        case unknownKey(accepted: [String])
        case badColor(value: String)
        case badAttribute(value: String)
        case wrongType(expected: UIText, found: UIText)
    }

    public let file: String
    public let line: Int?
    public let key: String?
    public let problem: Problem

    public init(file: String, line: Int? = nil, key: String? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
    }

    /// "file:line: key: problem", the shape compilers use, so editors can jump to it.
    public func message(_ language: Language) -> String {
        var location = file
        if let line { location += ":\(line)" }
        if let key { location += ": \(key)" }
        return location + ": " + explanation(language)
    }

    public var description: String { message(.en) }

    private func explanation(_ language: Language) -> String {
        let separator = language == .ja ? "、" : ", "
        switch problem {
        case let .unknownTheme(builtins):
            return UIText.themeErrorUnknownTheme.text(language, file, builtins.joined(separator: separator))
        case let .unreadable(reason):
            return UIText.themeErrorUnreadable.text(language, reason)
        case let .syntax(description):
            return UIText.themeErrorSyntax.text(language, description)
        case let .unknownKey(accepted):
            return UIText.themeErrorUnknownKey.text(language, accepted.joined(separator: separator))
        case let .badColor(value):
            return UIText.themeErrorBadColor.text(language, value, ThemeColor.acceptedForms)
        case let .badAttribute(value):
            return UIText.themeErrorBadAttribute.text(
                language, value, TextAttributes.names.map(\.name).joined(separator: separator)
            )
        case let .wrongType(expected, found):
            return UIText.themeErrorWrongType.text(language, expected.text(language), found.text(language))
        }
    }
}
