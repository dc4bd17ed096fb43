import MadoguchiTraining

/// The end of a training session: first the open question of the debrief, typed in or
/// skipped, then the debrief to read, scroll, save or replay.
package struct DebriefScreen: Sendable {
    package internal(set) var debrief: Debrief
    /// The answer being typed to "how did that feel?".
    package internal(set) var draft = ""
    package internal(set) var askingReaction = true
    /// Lines scrolled past at the top.
    package internal(set) var scroll = 0

    package init(debrief: Debrief, askingReaction: Bool = true) {
        self.debrief = debrief
        self.askingReaction = askingReaction
    }

    /// A reaction is a sentence or two, not a file.
    static let longestReaction = 200
}
