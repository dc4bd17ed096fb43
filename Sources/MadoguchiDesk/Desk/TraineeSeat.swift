import MadoguchiClinic
import MadoguchiTraining

/// The person at the keyboard when the staff's decisions are handed over: who it is, how
/// feedback comes, what the session so far holds, and which open question the panel shows.
package struct TraineeSeat: Sendable {
    package let name: String
    package let mode: FeedbackMode
    /// A lesson may forbid pausing, as a real desk cannot pause.
    package let mayPause: Bool
    /// Seated by a lesson rather than by the hand-over key on the ordinary desk.
    package let inLesson: Bool
    package internal(set) var policy: TrainingPolicy
    package internal(set) var session = SessionLog()
    /// The ticket of the question the decision panel shows.
    package internal(set) var focus: Int?

    package init(name: String, mode: FeedbackMode = .coach, mayPause: Bool = true, inLesson: Bool = false,
                only: Set<SituationKey>? = nil) {
        self.name = name
        self.mode = mode
        self.mayPause = mayPause
        self.inLesson = inLesson
        policy = TrainingPolicy(personDecides: true, only: only)
    }

    /// Keeps the panel on its question while it is open, else moves it to the oldest one.
    mutating func refocus(on scene: DeskScene) {
        let open = scene.questionsForPerson
        if let focus, open.contains(where: { $0.ticket == focus }) { return }
        focus = open.first?.ticket
    }
}
