import CNcursesw
import MadoguchiDesk

/// One ncurses colour pair per role, set up from a palette. Pair 0 (the terminal's colours)
/// serves every role when there is no colour.
struct ColorPairs {
    struct Entry {
        let pair: Int32
        let attributes: attr_t
    }

    private(set) var entries: [Role: Entry] = [:]

    /// `colors` is ncurses' COLORS; `defaultColors` says whether use_default_colors worked,
    /// i.e. whether -1 means "the terminal's own colour".
    init(palette: Palette, colors: Int, defaultColors: Bool) {
        for (index, role) in Role.allCases.enumerated() {
            let style = palette[role]
            var pair: Int32 = 0
            if palette.depth != .none {
                let foreground = Self.number(style.foreground, colors: colors, defaultColors: defaultColors, fallback: 7)
                let background = Self.number(style.background, colors: colors, defaultColors: defaultColors, fallback: 0)
                pair = Int32(index + 1)
                if init_extended_pair(pair, foreground, background) == ERR { pair = 0 }
            }
            entries[role] = Entry(pair: pair, attributes: Self.attributes(style.attributes))
        }
    }

    subscript(role: Role) -> Entry { entries[role]! }

    /// The colour number ncurses takes; `fallback` (white on black) replaces the terminal
    /// default where -1 is not allowed, and any number the terminal lacks.
    static func number(_ color: TerminalColor, colors: Int, defaultColors: Bool, fallback: Int32) -> Int32 {
        switch color {
        case let .number(number) where number < colors:
            return Int32(number)
        case .number, .terminalDefault:
            return defaultColors ? -1 : fallback
        }
    }

    static func attributes(_ attributes: TextAttributes) -> attr_t {
        var result = mg_attr_normal()
        if attributes.contains(.bold) { result |= mg_attr_bold() }
        if attributes.contains(.underline) { result |= mg_attr_underline() }
        if attributes.contains(.reverse) { result |= mg_attr_reverse() }
        if attributes.contains(.dim) { result |= mg_attr_dim() }
        return result
    }
}
