/// ASCII stand-ins for the few characters beyond ASCII that the English texts use, for a
/// terminal, a pager or a man page that can show nothing else (a rule EnglishIsASCIITests
/// keeps for the desk's texts and HelpLanguageTests for the help).
package enum ASCIILookalikes {
    package static let table: [String: String] = ["×": "x", "…": "~", "–": "-", "→": ">", "●": "*", "　": " "]

    /// Each character beyond ASCII replaced by its look-alike, or by "?".
    package static func fold(_ text: String) -> String {
        var folded = ""
        for character in text {
            if character.isASCII { folded.append(character) } else { folded += table[String(character)] ?? "?" }
        }
        return folded
    }
}
