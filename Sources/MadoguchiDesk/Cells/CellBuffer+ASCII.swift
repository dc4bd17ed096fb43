extension CellBuffer {
    /// Replaces every non-ASCII character with a look-alike or "?" (a wide one with "? "),
    /// for a terminal without a UTF-8 locale, where anything else would come out as mojibake.
    public mutating func foldToASCII() {
        for y in 0..<height {
            for x in 0..<width {
                let cell = self[x, y]
                if cell.isContinuation {
                    set(.blank(cell.role), x: x, y: y)
                } else if !cell.grapheme.allSatisfy(\.isASCII) {
                    set(Cell(Self.asciiLookalikes[cell.grapheme] ?? "?", role: cell.role), x: x, y: y)
                }
            }
        }
    }

    static let asciiLookalikes: [String: String] = ["×": "x", "…": "~", "–": "-", "→": ">", "●": "*", "　": " "]
}
