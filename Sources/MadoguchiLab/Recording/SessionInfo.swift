import Foundation
import MadoguchiClinic

/// What a desk or training session was, kept in `sessions` (docs/recording.md).
package struct SessionInfo: Sendable {
    package enum Mode: String, Sendable { case desk, train }

    package var mode: Mode
    /// The lesson's name or path, for training.
    package var lesson: String?
    package var scenarioOrigin: String
    package var scenarioTitle: String
    package var scenarioText: String
    package var seed: UInt64
    package var programVersion: String
    package var trainee: String?
    /// `coach` or `exam`, for training.
    package var feedback: String?
    package var language: Language

    package init(mode: Mode, lesson: String?, scenario: Scenario, seed: UInt64, programVersion: String,
                trainee: String?, feedback: String?, language: Language) {
        self.mode = mode
        self.lesson = lesson
        scenarioOrigin = scenario.origin
        scenarioTitle = scenario.title
        scenarioText = scenario.text
        self.seed = seed
        self.programVersion = programVersion
        self.trainee = trainee
        self.feedback = feedback
        self.language = language
    }
}

/// How a session ended, for its row: the morning's figures and, for training, the debrief.
package struct SessionSummary: Sendable {
    package var arrived: Int
    package var served: Int
    package var meanWait: Double?
    package var score: Double?
    package var passed: Bool?
    /// The debrief as JSON.
    package var debrief: String?

    package init(arrived: Int, served: Int, meanWait: Double?, score: Double? = nil, passed: Bool? = nil, debrief: String? = nil) {
        self.arrived = arrived
        self.served = served
        self.meanWait = meanWait
        self.score = score
        self.passed = passed
        self.debrief = debrief
    }
}
