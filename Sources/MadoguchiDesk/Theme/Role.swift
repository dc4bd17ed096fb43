/// What a cell means, not how it looks: views pick a role, the theme decides the colours.
/// The raw value is the key used in theme files.
package enum Role: String, CaseIterable, Sendable, Hashable {
    case background
    case surface
    case text
    case muted
    case accent
    case ok
    case warning
    case error
    case card
    case phone
    case legacy
    case paper
    case noCredential = "no_credential"
    case header
    case selection
    case border
    case title
    case sparkline
    case keyHelp = "key_help"

    /// One letter per role for the roles map of golden screens; unique so a diff points at
    /// the exact role that changed.
    package var letter: Character {
        switch self {
        case .background: "."
        case .surface: "s"
        case .text: "t"
        case .muted: "m"
        case .accent: "a"
        case .ok: "o"
        case .warning: "w"
        case .error: "e"
        case .card: "c"
        case .phone: "p"
        case .legacy: "l"
        case .paper: "q"
        case .noCredential: "n"
        case .header: "h"
        case .selection: "S"
        case .border: "b"
        case .title: "T"
        case .sparkline: "k"
        case .keyHelp: "K"
        }
    }
}
