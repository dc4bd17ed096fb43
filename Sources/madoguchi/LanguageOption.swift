import ArgumentParser
import MadoguchiClinic

extension Language: ExpressibleByArgument {}

/// `--lang ja|en`, defaulting to the locale.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(help(
        en: "Language of the output: ja or en (default: from the locale).",
        ja: "出力の言語: ja または en\n(既定値: ロケールに従う)。")))
    var chosen: Language?

    var value: Language { chosen ?? Language.preferred() }

    func text(en: String, ja: String) -> String { Bilingual(en: en, ja: ja).text(value) }
}
