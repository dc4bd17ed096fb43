/// Terminal columns a text occupies. `wcwidth` is asked first because ncurses uses it to place
/// characters: when our layout and the screen disagree, Japanese text tears. The caller must
/// have run `setlocale` with a UTF-8 locale; where the C library still answers -1 (a non-UTF-8
/// locale, or a character it does not know) the fallback table keeps kanji two columns wide.
public enum DisplayWidth {
    /// Columns of one scalar: 0, 1 or 2. Control characters count 0 here; `CellBuffer`
    /// replaces them before they can reach the terminal.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) { return 0 }
        if scalar.isASCII { return 1 }
        let answer = SystemWidth.of(scalar)
        if answer >= 0 { return min(answer, 2) }
        return fallback(scalar)
    }

    /// Columns of a grapheme cluster: its first visible scalar decides, so a base letter with
    /// combining marks stays one cell and a kanji with a variation selector stays two.
    public static func of(_ character: Character) -> Int {
        for scalar in character.unicodeScalars {
            let width = of(scalar)
            if width > 0 { return width }
        }
        return 0
    }

    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    static func fallback(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return EastAsianWide.contains(scalar) ? 2 : 1
    }
}
