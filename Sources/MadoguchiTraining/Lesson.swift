import MadoguchiClinic

/// A drill: a scenario, usually with scripted patients, and what the trainee is to learn
/// from it. Lessons are files (docs/lessons.md); the built-in ones form a course, each
/// unlocking the next once passed.
public struct Lesson: Sendable {
    /// The built-in name, or the file's path.
    public let name: String
    public let title: Bilingual
    public let goal: Bilingual
    /// The share of full marks needed to pass, 0…1.
    public let passMark: Double
    /// The lesson that opens once this one is passed.
    public let unlocks: String?
    public let feedback: FeedbackMode
    /// A real desk does not stop; a lesson may forbid pausing for that reason.
    public let mayPause: Bool
    /// Simulated seconds per wall second at the start.
    public let speed: Int
    /// Simulated seconds after opening when the lesson ends even if patients remain;
    /// questions still open then count as lapses.
    public let timeLimit: Double
    public let scenario: Scenario
}
