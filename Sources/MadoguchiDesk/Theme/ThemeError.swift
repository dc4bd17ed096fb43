import MadoguchiClinic

/// A theme that could not be loaded: where (file, line or key) and what would be accepted,
/// in the words every configuration file's messages use.
package struct ThemeError: Error, Equatable, CustomStringConvertible {
    package enum Problem: Equatable, Sendable {
        case unknownTheme(builtins: [String])
        case fileNotFound(builtins: [String])
        /// Whatever any configuration file can get wrong: unreadable, not TOML, too large,
        /// an unknown key.
        case config(ConfigProblem)
        case badColor(value: String)
        case badAttribute(value: String)
        case wrongType(expected: UIText, found: UIText)
    }

    package let file: String
    package let line: Int?
    package let column: Int?
    package let key: String?
    package let problem: Problem

    package init(file: String, line: Int? = nil, column: Int? = nil, key: String? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.problem = problem
    }

    init(_ error: ConfigError) {
        self.init(file: error.origin, line: error.line, column: error.column, key: error.key, problem: .config(error.problem))
    }

    package func message(_ language: Language) -> String {
        let text = explanation(language)
        return Diagnostic.message(origin: file, line: line, column: column, key: key,
                                  problem: text.problem, accepted: text.accepted, in: language)
    }

    package var description: String { message(.en) }

    private func explanation(_ language: Language) -> (problem: String, accepted: String) {
        let separator = language == .ja ? "、" : ", "
        switch problem {
        case let .unknownTheme(builtins):
            return (UIText.themeErrorUnknownTheme.text(language, file),
                    UIText.themeAccepted.text(language, builtins.joined(separator: separator)))
        case let .fileNotFound(builtins):
            return (UIText.themeErrorNoFile.text(language),
                    UIText.themeAccepted.text(language, builtins.joined(separator: separator)))
        case let .config(problem):
            return problem.text(in: language)
        case let .badColor(value):
            return (UIText.themeErrorBadColor.text(language, value), ThemeColor.acceptedForms)
        case let .badAttribute(value):
            return (UIText.themeErrorBadAttribute.text(language, value),
                    TextAttributes.names.map(\.name).joined(separator: separator))
        case let .wrongType(expected, found):
            return (UIText.themeErrorWrongType.text(language, found.text(language)), expected.text(language))
        }
    }
}
