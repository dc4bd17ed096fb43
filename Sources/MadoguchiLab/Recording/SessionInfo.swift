import Foundation
import MadoguchiClinic

/// What a desk or training session was, kept in `sessions` (docs/recording.md).
public struct SessionInfo: Sendable {
    public enum Mode: String, Sendable { case desk, train }

    public var mode: Mode
    /// The lesson's name or path, for training.
    public var lesson: String?
    public var scenarioOrigin: String
    public var scenarioTitle: String
    public var scenarioText: String
    public var seed: UInt64
    public var programVersion: String
    public var trainee: String?
    /// `coach` or `exam`, for training.
    public var feedback: String?
    public var language: Language

    public init(mode: Mode, lesson: String?, scenario: Scenario, seed: UInt64, programVersion: String,
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
public struct SessionSummary: Sendable {
    public var arrived: Int
    public var served: Int
    public var meanWait: Double?
    public var score: Double?
    public var passed: Bool?
    /// The debrief as JSON.
    public var debrief: String?

    public init(arrived: Int, served: Int, meanWait: Double?, score: Double? = nil, passed: Bool? = nil, debrief: String? = nil) {
        self.arrived = arrived
        self.served = served
        self.meanWait = meanWait
        self.score = score
        self.passed = passed
        self.debrief = debrief
    }
}
