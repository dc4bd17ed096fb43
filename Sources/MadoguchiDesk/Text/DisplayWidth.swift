/// Terminal columns a text occupies. `wcwidth` is asked first because ncurses uses it to place
/// characters: when our layout and the screen disagree, Japanese text tears. The caller must
/// have run `setlocale` with a UTF-8 locale; where the C library still answers -1 (a non-UTF-8
/// locale, or a character it does not know) the fallback table keeps kanji two columns wide.
/// On a terminal that draws ambiguous characters wide, they count two columns.
package enum DisplayWidth {
    /// Columns of one scalar: 0, 1 or 2. Control characters count 0 here; `CellBuffer`
    /// replaces them before they can reach the terminal.
    package static func of(_ scalar: Unicode.Scalar, ambiguous: AmbiguousWidth = .narrow) -> Int {
        if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) { return 0 }
        if scalar.isASCII { return 1 }
        let answer = SystemWidth.of(scalar)
        let width = answer >= 0 ? min(answer, 2) : fallback(scalar)
        return width == 1 && ambiguous == .wide && EastAsianAmbiguous.contains(scalar) ? 2 : width
    }

    /// Columns of a grapheme cluster: its first visible scalar decides, so a base letter with
    /// combining marks stays one cell and a kanji with a variation selector stays two.
    package static func of(_ character: Character, ambiguous: AmbiguousWidth = .narrow) -> Int {
        for scalar in character.unicodeScalars {
            let width = of(scalar, ambiguous: ambiguous)
            if width > 0 { return width }
        }
        return 0
    }

    package static func of(_ text: some StringProtocol, ambiguous: AmbiguousWidth = .narrow) -> Int {
        text.reduce(0) { $0 + of($1, ambiguous: ambiguous) }
    }

    /// A character a wide-ambiguous terminal draws two cells wide but `wcwidth` (and so
    /// ncurses) counts as one.
    package static func isAmbiguous(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first(where: { of($0) > 0 }) else { return false }
        return of(scalar) == 1 && EastAsianAmbiguous.contains(scalar)
    }

    static func fallback(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return EastAsianWide.contains(scalar) ? 2 : 1
    }
}
