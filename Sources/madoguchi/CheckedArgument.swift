import ArgumentParser
import MadoguchiClinic

/// A value the command line gives that the argument parser reads into its own type, with a
/// message saying what would be accepted. The message is in the locale's language (the parser
/// reads options before `--lang`), not folded to ASCII as the help may be: it quotes the user's
/// own input.
protocol CheckedArgument: ExpressibleByArgument {
    static func parse(_ text: String) throws(ArgumentValueError) -> Self
}

extension CheckedArgument {
    init?(argument: String) {
        guard let value = try? Self.parse(argument) else { return nil }
        self = value
    }
}

/// Why a command-line value was refused, and what is accepted.
struct ArgumentValueError: Error, CustomStringConvertible {
    let description: String

    init(en: String, ja: String) { description = Bilingual(en: en, ja: ja).text(Language.preferred()) }
}
