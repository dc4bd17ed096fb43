extension CellBuffer {
    /// Draws `text` in the row `y` of `rect`, aligned and cut with an ellipsis when it does not
    /// fit. Only the text's own columns are touched; fill the row first to clear it.
    @discardableResult
    package mutating func put(
        _ text: String, in rect: Rect, row: Int = 0, alignment: Alignment = .left,
        ellipsis: String = "…", role: Role
    ) -> Int {
        guard row >= 0, row < rect.height, rect.width > 0 else { return 0 }
        let fitted = TextFit.truncate(text, to: rect.width, ellipsis: ellipsis, ambiguous: ambiguous)
        let gap = rect.width - DisplayWidth.of(fitted, ambiguous: ambiguous)
        let x = switch alignment {
        case .left: rect.x
        case .right: rect.x + gap
        case .center: rect.x + gap / 2
        }
        return put(fitted, x: x, y: rect.y + row, maxWidth: rect.maxX - x, role: role)
    }

    /// Draws a border on the edge of `rect` with an optional title in its top edge, and
    /// returns the area inside.
    @discardableResult
    package mutating func box(_ rect: Rect, glyphs: BoxGlyphs, title: String? = nil, role: Role = .border, titleRole: Role = .title) -> Rect {
        let area = rect.intersection(self.area)
        guard area.width >= 2, area.height >= 2, area == rect else { return rect.inset() }
        let right = rect.maxX - 1
        let bottom = rect.maxY - 1
        for x in rect.x + 1..<right {
            set(Cell(glyphs.horizontal, role: role), x: x, y: rect.y)
            set(Cell(glyphs.horizontal, role: role), x: x, y: bottom)
        }
        for y in rect.y + 1..<bottom {
            set(Cell(glyphs.vertical, role: role), x: rect.x, y: y)
            set(Cell(glyphs.vertical, role: role), x: right, y: y)
        }
        set(Cell(glyphs.topLeft, role: role), x: rect.x, y: rect.y)
        set(Cell(glyphs.topRight, role: role), x: right, y: rect.y)
        set(Cell(glyphs.bottomLeft, role: role), x: rect.x, y: bottom)
        set(Cell(glyphs.bottomRight, role: role), x: right, y: bottom)
        if let title, rect.width > 4 {
            let titleArea = Rect(x: rect.x + 2, y: rect.y, width: rect.width - 4, height: 1)
            put(" " + title + " ", in: titleArea, ellipsis: glyphs.ellipsis, role: titleRole)
        }
        return rect.inset()
    }
}
