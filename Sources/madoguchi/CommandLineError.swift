import Foundation
import MadoguchiClinic

/// A command line the parser refused: one line naming the problem and where the options are
/// listed. ArgumentParser words its own messages in English; ours follow the locale or --lang.
enum CommandLineError {
    static func report(_ message: String, arguments: [String] = CommandLine.arguments) {
        let subcommand = arguments.dropFirst().first { !$0.hasPrefix("-") }
            .flatMap { name in Madoguchi.configuration.subcommands.first { $0._commandName == name }?._commandName }
        let helpCommand = ["madoguchi", subcommand, "--help"].compactMap { $0 }.joined(separator: " ")
        let see = Bilingual(en: "see \(helpCommand)", ja: "オプションの一覧: \(helpCommand)").text(language(arguments))
        let line = message.split(separator: "\n").joined(separator: " ")
        FileHandle.standardError.write(Data("madoguchi: \(line) (\(see))\n".utf8))
    }

    /// `--lang` as given, read by hand: the parser that would read it has just failed.
    static func language(_ arguments: [String]) -> Language {
        for (i, argument) in arguments.enumerated() {
            let value = argument.hasPrefix("--lang=") ? String(argument.dropFirst(7))
                : argument == "--lang" && i + 1 < arguments.count ? arguments[i + 1] : nil
            if let value, let language = Language(rawValue: value) { return language }
        }
        return Language.preferred()
    }
}
