extension CellBuffer {
    /// Replaces every non-ASCII character with a look-alike or "?" (a wide one with "? "),
    /// for a terminal without a UTF-8 locale, where anything else would come out as mojibake.
    package mutating func foldToASCII() {
        for y in 0..<height {
            for x in 0..<width {
                let cell = self[x, y]
                if cell.isContinuation {
                    set(.blank(cell.role), x: x, y: y)
                } else if !cell.grapheme.allSatisfy(\.isASCII) {
                    set(Cell(ASCIILookalikes.table[cell.grapheme] ?? "?", role: cell.role), x: x, y: y)
                }
            }
        }
    }
}

extension CellBuffer {
    /// For a terminal that draws ambiguous characters two cells wide: each one (laid out
    /// two cells wide already) becomes a character every terminal and ncurses agree is two
    /// cells, or a narrow look-alike and a space. ncurses counts an ambiguous character as
    /// one cell (it asks `wcwidth`), so sending one would shift the rest of its line.
    package mutating func foldAmbiguous() {
        for y in 0..<height {
            for x in 0..<width {
                let cell = self[x, y]
                guard !cell.isContinuation, let character = cell.grapheme.first,
                      DisplayWidth.isAmbiguous(character) else { continue }
                if cell.width == 2, ASCIILookalikes.table[cell.grapheme] == nil || Self.wideLookalikes[cell.grapheme] != nil {
                    set(Cell(Self.wideLookalikes[cell.grapheme] ?? "？", width: 2, role: cell.role), x: x, y: y)
                } else {
                    set(Cell(ASCIILookalikes.table[cell.grapheme] ?? "?", role: cell.role), x: x, y: y)
                    if cell.width == 2 { set(.blank(cell.role), x: x + 1, y: y) }
                }
            }
        }
    }

    /// Two-cell (East Asian wide or fullwidth) stand-ins for ambiguous characters the desk's
    /// texts use; those without one (→, …) become their ASCII look-alike and a space, and
    /// any other ambiguous character "？".
    static let wideLookalikes: [String: String] = [
        "●": "＊", "○": "〇", "–": "－", "—": "－", "−": "－", "×": "ｘ", "↑": "＾", "↓": "ｖ",
    ]
}
