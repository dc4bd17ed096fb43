/// How many colours the terminal can show, from none to direct RGB.
package enum ColorDepth: Int, Comparable, CaseIterable, Sendable {
    case none
    case eight
    case sixteen
    case palette256
    case truecolor

    package static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The depth for a terminal that reports `colors` colours (ncurses' COLORS). `NO_COLOR`
    /// set to anything non-empty turns colour off (https://no-color.org).
    ///
    /// COLORTERM=truecolor alone is not enough: ncurses can only send RGB when the terminfo
    /// entry is a direct-colour one (COLORS = 2^24, e.g. xterm-direct); with a 256-colour
    /// entry it would have to redefine the user's palette.
    package static func detect(colors: Int, environment: [String: String]) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        switch colors {
        case (1 << 24)...: return .truecolor
        case 256...: return .palette256
        case 16...: return .sixteen
        case 8...: return .eight
        default: return .none
        }
    }
}
