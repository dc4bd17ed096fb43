import MadoguchiTraining

/// The keys the desk reacts to, independent of the terminal library, so the update
/// function is tested without one.
package enum DeskKey: Equatable, Sendable {
    case character(Character)
    case up, down, pageUp, pageDown, home, end
    case escape, enter, tab, backspace
}

/// What the update function reacts to.
package enum DeskMessage: Equatable, Sendable {
    case key(DeskKey)
    /// Wall-clock seconds since the last tick.
    case tick(wallSeconds: Double)
    case resize(width: Int, height: Int)
}

/// What the loop around the update function must do.
package enum DeskEffect: Equatable, Sendable {
    case quit
    /// Write the debrief as text and JSON.
    case saveDebrief(Debrief)
    /// Start the lesson again with the trainee deciding only these situations.
    case retry(Set<SituationKey>)
    /// Load this theme (a built-in name) and repaint.
    case theme(String)
}
