import MadoguchiClinic

/// The debrief at the end of a training session, in the order of the PEARLS framework:
/// reactions, what happened, analysis, summary (docs/training.md). A value, so it is shown
/// on the desk, saved as text and as JSON, and compared in tests.
public struct Debrief: Sendable, Codable, Equatable {
    public struct FaultReview: Sendable, Codable, Equatable {
        public let fault: Fault
        public let correct: Int
        public let acceptable: Int
        public let mistakes: Int
        /// Mean simulated seconds from the fault striking to the correct answer, if any.
        public let meanTimeToCorrect: Double?
    }

    /// One line of the timeline: a fault as it struck, or a question and its answer.
    public struct Moment: Sendable, Codable, Equatable {
        public let time: Double
        public let patient: Int?
        public let fault: Fault?
        public let review: SituationReview?
    }

    public let lesson: String
    public let title: Bilingual
    public let trainee: String
    public let feedback: FeedbackMode
    public let date: CalendarDate
    public let opening: ClockTime
    /// 1. Reactions: the trainee's answer to the opening question, nil if skipped.
    public var reaction: String?
    /// 2. Description: faults and decisions in time order.
    public let timeline: [Moment]
    /// 3. Analysis: every question the trainee had, and per fault kind.
    public let situations: [SituationReview]
    public let faults: [FaultReview]
    /// The same patients and faults handled by the trainee and by the autopilot.
    public let traineeMorning: MorningSummary
    public let autopilotMorning: MorningSummary
    /// Patients whose outcome differs from the autopilot's, by id.
    public let differentOutcomes: [Int]
    /// 4. Summary.
    public let score: Double
    public let passMark: Double
    public let nextLesson: String?

    public var passed: Bool { score >= passMark }
    public var mistakes: [SituationReview] { situations.filter { $0.verdict == .mistake } }

    /// The situations to practise again, with the same patients.
    public var practise: Set<SituationKey> { Set(mistakes.map(\.key)) }

    /// Two or three take-aways: the procedures behind the most frequent mistakes.
    public var takeaways: [Bilingual] {
        var counts: [Situation.Kind: Int] = [:]
        for review in mistakes { counts[review.decision.situation.kind, default: 0] += 1 }
        return counts.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.prefix(3).map(\.key.procedure)
    }
}
