#if canImport(Glibc)
import Glibc
#endif
import CNcursesw

/// The locale must be UTF-8 before ncurses starts, or wide characters are drawn as bytes
/// and `wcwidth` (the desk's layout) disagrees with the screen.
package enum LocaleSetup {
    /// Adopts the user's locale; when its character set is not UTF-8, switches LC_CTYPE alone
    /// to a UTF-8 locale that exists, so messages keep the user's language. Returns false
    /// when no UTF-8 locale exists: the desk must then draw ASCII only.
    static func adoptUTF8() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8(currentCodeset()) { return true }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "ja_JP.UTF-8"] {
            if setlocale(LC_CTYPE, candidate) != nil, isUTF8(currentCodeset()) { return true }
        }
        return false
    }

    /// Whether the locale the environment names is UTF-8, without adopting it: the first of
    /// LC_ALL, LC_CTYPE and LANG that is set names its character set (`ja_JP.UTF-8`,
    /// `C.utf8`); none set is the C locale, ASCII.
    package static func environmentIsUTF8(_ environment: [String: String]) -> Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                let codeset = value.split(separator: "@").first?.split(separator: ".").dropFirst().first ?? ""
                return isUTF8(String(codeset))
            }
        }
        return false
    }

    static func isUTF8(_ codeset: String) -> Bool {
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8"
    }

    private static func currentCodeset() -> String {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return "" }
        return String(cString: codeset)
    }
}
