/// What the input loop hands the desk.
package enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    /// The terminal has a new size (columns, rows).
    case resize(width: Int, height: Int)
    /// SIGINT, SIGTERM, SIGHUP or SIGQUIT arrived; the desk should save what it must and close.
    case signal(Int32)
    /// Nothing happened before the timeout; time for a clock tick.
    case timeout
}
