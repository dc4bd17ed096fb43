/// A colour as a theme file states it, before it is degraded to what the terminal can show.
package enum ThemeColor: Equatable, Sendable {
    /// The terminal's own foreground or background (ncurses' -1).
    case terminalDefault
    /// One of the 16 ANSI colours, which the user's terminal palette decides.
    case named(NamedColor)
    case rgb(RGB)

    /// What a theme file may write, for error messages.
    package static let acceptedForms = "\"#rrggbb\", \"default\" or a name (" +
        NamedColor.allCases.map(\.rawValue).joined(separator: ", ") + ")"

    /// Parses "#rrggbb", "default" or a colour name; nil when the text is none of these.
    package init?(parsing text: String) {
        if text == "default" {
            self = .terminalDefault
        } else if let named = NamedColor(rawValue: text) {
            self = .named(named)
        } else if let rgb = RGB(hex: text) {
            self = .rgb(rgb)
        } else {
            return nil
        }
    }
}

package struct RGB: Equatable, Hashable, Sendable {
    package var red: UInt8
    package var green: UInt8
    package var blue: UInt8

    package init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 7, digits[0] == UInt8(ascii: "#"),
              let value = UInt32(String(hex.dropFirst()), radix: 16) else { return nil }
        self.init(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }

    /// The value direct-colour terminals (COLORS = 2^24) take as a colour number.
    package var packed: Int { Int(red) << 16 | Int(green) << 8 | Int(blue) }
}

/// The 16 ANSI colours; the raw value is the theme-file spelling and the order is the
/// terminal's colour number.
package enum NamedColor: String, CaseIterable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack = "bright_black", brightRed = "bright_red", brightGreen = "bright_green"
    case brightYellow = "bright_yellow", brightBlue = "bright_blue"
    case brightMagenta = "bright_magenta", brightCyan = "bright_cyan", brightWhite = "bright_white"

    package var index: Int { Self.allCases.firstIndex(of: self)! }
}
