/// A key press, decoded from ncurses' `get_wch`.
package enum Key: Equatable, Hashable, Sendable {
    /// A printable character (including space and Japanese input).
    case character(Character)
    /// Ctrl with a letter, e.g. `.control("l")` for Ctrl-L. Ctrl-C arrives as a signal.
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case insert, delete, backspace
    case enter, tab, backTab, escape
    /// F1 … F12 and beyond.
    case function(Int)
    /// A key ncurses knows but the desk does not use; kept so it can be logged.
    case unknown(Int32)
}
