import MadoguchiClinic
import MadoguchiDesk

/// Why the terminal could not be started; each message says what to do instead.
package enum TerminalError: Error, Equatable {
    case notATerminal(standardInput: Bool)
    case termUnset
    case unknownTerm(String)
    case noCursorAddressing(String)

    package func message(_ language: Language) -> String {
        switch self {
        case let .notATerminal(standardInput):
            let stream: UIText = standardInput ? .streamStandardInput : .streamStandardOutput
            return UIText.terminalErrorNotATerminal.text(language, stream.text(language))
        case .termUnset:
            return UIText.terminalErrorTermUnset.text(language)
        case let .unknownTerm(term):
            return UIText.terminalErrorUnknownTerm.text(language, term)
        case let .noCursorAddressing(term):
            return UIText.terminalErrorNoCursorAddressing.text(language, term)
        }
    }
}
