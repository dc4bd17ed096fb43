/// The screen as a grid of cells (ratatui's Buffer): views draw into it, tests read it as
/// text, the terminal backend diffs two of them and sends only the changed cells.
///
/// Invariant: every row always spans exactly `width` columns; a wide character never hangs
/// over the right edge and never loses its continuation cell.
package struct CellBuffer: Equatable, Sendable {
    package let width: Int
    package let height: Int
    /// How wide the terminal draws ambiguous characters: text put here is measured so.
    package let ambiguous: AmbiguousWidth
    package private(set) var cells: [Cell]

    package init(width: Int, height: Int, role: Role = .background, ambiguous: AmbiguousWidth = .narrow) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.ambiguous = ambiguous
        cells = Array(repeating: .blank(role), count: self.width * self.height)
    }

    package var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    package subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes one cell, repairing any wide character it cuts in half: the orphaned half
    /// becomes a blank in that character's role.
    mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation, x > 0 {
            cells[index - 1] = .blank(cells[index - 1].role)
        }
        if old.width == 2, x + 1 < width {
            cells[index + 1] = .blank(cells[index + 1].role)
        }
        if cell.width == 2 {
            guard x + 1 < width else {
                cells[index] = .blank(cell.role)
                return
            }
            cells[index] = cell
            let next = cells[index + 1]
            if next.width == 2, x + 2 < width {
                cells[index + 2] = .blank(cells[index + 2].role)
            }
            cells[index + 1] = .continuation(cell.role)
        } else {
            cells[index] = cell
        }
    }

    /// Changes the role of every cell in `rect` and keeps the text.
    package mutating func paint(_ rect: Rect, role: Role) {
        let area = rect.intersection(self.area)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                cells[y * width + x].role = role
            }
        }
    }

    /// Fills `rect` with one narrow character.
    package mutating func fill(_ rect: Rect, with grapheme: Character = " ", role: Role) {
        let area = rect.intersection(self.area)
        let cell = Cell(String(grapheme), role: role)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                set(cell, x: x, y: y)
            }
        }
    }

    /// Draws `text` from (x, y), never past `maxWidth` columns nor the buffer's edge. A wide
    /// character that does not fit is replaced by a space. Control characters are drawn as
    /// U+FFFD, so nothing drawn can act on the terminal. Returns the columns used.
    @discardableResult
    package mutating func put(_ text: some StringProtocol, x: Int, y: Int, maxWidth: Int? = nil, role: Role) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = maxWidth.map { min(x + $0, width) } ?? width
        var column = x
        for character in text {
            guard column < limit else { break }
            var grapheme = String(character)
            if character.unicodeScalars.contains(where: Self.isControl) { grapheme = "\u{FFFD}" }
            let columns = DisplayWidth.of(Character(grapheme), ambiguous: ambiguous)
            if columns == 0 { continue }
            if column + columns > limit {
                if column >= 0 { set(.blank(role), x: column, y: y) }
                column += 1
                break
            }
            if column >= 0 {
                set(Cell(grapheme, width: columns, role: role), x: column, y: y)
            } else if column + columns > 0 {
                set(.blank(role), x: 0, y: y)
            }
            column += columns
        }
        return max(0, column - x)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }
}
