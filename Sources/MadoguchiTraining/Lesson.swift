import MadoguchiClinic

/// A drill: a scenario, usually with scripted patients, and what the trainee is to learn
/// from it. Lessons are files (docs/lessons.md); the built-in ones form a course, each
/// unlocking the next once passed.
package struct Lesson: Sendable {
    /// The built-in name, or the file's path.
    package let name: String
    package let title: Bilingual
    package let goal: Bilingual
    /// The share of full marks needed to pass, 0…1.
    package let passMark: Double
    /// The lesson that opens once this one is passed.
    package let unlocks: String?
    package let feedback: FeedbackMode
    /// A real desk does not stop; a lesson may forbid pausing for that reason.
    package let mayPause: Bool
    /// Simulated seconds per wall second at the start.
    package let speed: Int
    /// Simulated seconds after opening when the lesson ends even if patients remain;
    /// questions still open then count as lapses.
    package let timeLimit: Double
    package let scenario: Scenario
}

extension Lesson {
    /// Any scenario as a practice session: every decision to the trainee, coached, until the
    /// day is over, judged at the usual pass mark.
    package static func practice(_ scenario: Scenario, name: String) -> Lesson {
        Lesson(name: name, title: Bilingual(en: scenario.title, ja: scenario.titleJa),
               goal: Bilingual(en: "Run the desk by the book through the whole morning.",
                               ja: "朝の受付を最後まで手順どおりに進めます。"),
               passMark: 0.8, unlocks: nil, feedback: .coach, mayPause: true, speed: 1, timeLimit: .infinity,
               scenario: scenario)
    }

    /// The same lesson with coach or exam feedback, as the command line asked.
    package func with(feedback: FeedbackMode) -> Lesson {
        Lesson(name: name, title: title, goal: goal, passMark: passMark, unlocks: unlocks, feedback: feedback,
               mayPause: mayPause, speed: speed, timeLimit: timeLimit, scenario: scenario)
    }
}
