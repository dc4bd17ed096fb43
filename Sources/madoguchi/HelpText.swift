import MadoguchiClinic

/// A help text in the locale's language (`Language.preferred()`). ArgumentParser reads the help
/// before it parses any option, so `--lang` cannot choose it.
func help(en: String, ja: String) -> String {
    Bilingual(en: en, ja: ja).text(Language.preferred())
}
