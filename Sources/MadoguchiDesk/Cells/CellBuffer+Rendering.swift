extension CellBuffer {
    /// The screen as plain text, one string per row, each exactly `width` columns wide
    /// (continuation cells add nothing: their wide character already covers them).
    package func textLines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width {
                line += self[x, y].grapheme
            }
            return line
        }
    }

    /// The roles of the screen, one letter per column (`Role.letter`), for golden tests of
    /// styles.
    package func roleLines() -> [String] {
        (0..<height).map { y in
            String((0..<width).map { self[$0, y].role.letter })
        }
    }
}
