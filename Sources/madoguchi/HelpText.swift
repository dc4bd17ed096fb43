import Foundation
import MadoguchiClinic
import MadoguchiDesk
import MadoguchiTerminal

/// A help text in the locale's language (`Language.preferred()`). ArgumentParser reads the help
/// before it parses any option, so `--lang` cannot choose it.
///
/// Under a locale without UTF-8 (the C locale, `ja_JP.eucJP`) the help is English with ASCII
/// look-alikes: a pager or `man` there shows other bytes as escapes. docs/man/generate.sh makes
/// the man pages under LC_ALL=C for the same reason: generate-manual drops anything beyond ASCII.
func help(en: String, ja: String) -> String {
    helpIsUTF8 ? Bilingual(en: en, ja: ja).text(helpLanguage) : ASCIILookalikes.fold(en)
}

/// The language of the help: the locale's, or English where the locale cannot show Japanese.
var helpLanguage: Language { helpIsUTF8 ? Language.preferred() : .en }

private let helpIsUTF8 = LocaleSetup.environmentIsUTF8(ProcessInfo.processInfo.environment)
