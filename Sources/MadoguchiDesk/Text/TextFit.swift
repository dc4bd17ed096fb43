/// Fitting text into a number of columns, by display width rather than character count.
package enum TextFit {
    /// Cuts `text` to at most `columns` columns, ending with `ellipsis` when something was cut.
    package static func truncate(_ text: String, to columns: Int, ellipsis: String = "…",
                                ambiguous: AmbiguousWidth = .narrow) -> String {
        guard columns > 0 else { return "" }
        if DisplayWidth.of(text, ambiguous: ambiguous) <= columns { return text }
        let ellipsisWidth = DisplayWidth.of(ellipsis, ambiguous: ambiguous)
        guard ellipsisWidth <= columns else { return prefix(text, columns: columns, ambiguous: ambiguous) }
        return prefix(text, columns: columns - ellipsisWidth, ambiguous: ambiguous) + ellipsis
    }

    /// The longest start of `text` that fits in `columns` columns.
    package static func prefix(_ text: String, columns: Int, ambiguous: AmbiguousWidth = .narrow) -> String {
        var used = 0
        var result = ""
        for character in text {
            let width = DisplayWidth.of(character, ambiguous: ambiguous)
            if used + width > columns { break }
            used += width
            result.append(character)
        }
        return result
    }

    /// `text` broken into lines of at most `columns` columns: at a space where there is one
    /// (English), anywhere between characters otherwise (Japanese needs no spaces).
    package static func wrap(_ text: String, to columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var used = 0
        for character in text {
            let width = DisplayWidth.of(character)
            if used + width > columns {
                if character != " ", let space = line.lastIndex(of: " "), line.distance(from: line.startIndex, to: space) > 0 {
                    lines.append(String(line[..<space]))
                    line = String(line[line.index(after: space)...])
                    used = DisplayWidth.of(line)
                } else {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                if character == " " { continue }
            }
            line.append(character)
            used += width
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// `text` padded with spaces to exactly `columns` columns (truncated first if longer), so a
    /// kanji that would straddle the edge becomes a space instead.
    package static func pad(_ text: String, to columns: Int, alignment: Alignment = .left, ellipsis: String = "…",
                           ambiguous: AmbiguousWidth = .narrow) -> String {
        let fitted = truncate(text, to: columns, ellipsis: ellipsis, ambiguous: ambiguous)
        let gap = max(0, columns - DisplayWidth.of(fitted, ambiguous: ambiguous))
        switch alignment {
        case .left:
            return fitted + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + fitted
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + fitted + String(repeating: " ", count: gap - left)
        }
    }
}

package enum Alignment: Sendable {
    case left
    case right
    case center
}
