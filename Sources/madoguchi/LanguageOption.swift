import ArgumentParser
import MadoguchiClinic

extension Language: ExpressibleByArgument {}

/// `--lang ja|en`, defaulting to the locale.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language of the output: ja or en (default: from the locale). / 表示言語。")
    var chosen: Language?

    var value: Language { chosen ?? Language.preferred() }

    func text(en: String, ja: String) -> String { value == .ja ? ja : en }
}
