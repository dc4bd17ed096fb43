import Foundation
import MadoguchiClinic
import MadoguchiDesk

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

/// Whether the locale can show UTF-8: the first of LC_ALL, LC_CTYPE and LANG that is set names
/// its character set (`ja_JP.UTF-8`, `C.utf8`); none set is the C locale, ASCII.
func localeIsUTF8(_ environment: [String: String]) -> Bool {
    for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
        if let value = environment[name], !value.isEmpty {
            let charset = value.split(separator: "@").first?.split(separator: ".").dropFirst().first ?? ""
            return charset.lowercased().filter { $0 != "-" && $0 != "_" } == "utf8"
        }
    }
    return false
}

private let helpIsUTF8 = localeIsUTF8(ProcessInfo.processInfo.environment)
