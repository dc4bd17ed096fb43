import ArgumentParser

/// A value the command line gives that the argument parser reads into its own type, with a
/// message saying what would be accepted. The message is in the locale's language, as the
/// help is: the parser reads options before `--lang`.
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

    init(en: String, ja: String) { description = help(en: en, ja: ja) }
}
