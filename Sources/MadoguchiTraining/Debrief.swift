import MadoguchiClinic

/// The debrief at the end of a training session, in the order of the PEARLS framework:
/// reactions, what happened, analysis, summary (docs/training.md). A value, so it is shown
/// on the desk, saved as text and as JSON, and compared in tests.
package struct Debrief: Sendable, Codable, Equatable {
    package struct FaultReview: Sendable, Codable, Equatable {
        package let fault: Fault
        package let correct: Int
        package let acceptable: Int
        package let mistakes: Int
        /// Mean simulated seconds from the fault striking to the correct answer, if any.
        package let meanTimeToCorrect: Double?
    }

    /// One line of the timeline: a fault as it struck, or a question and its answer.
    package struct Moment: Sendable, Codable, Equatable {
        package let time: Double
        package let patient: Int?
        package let fault: Fault?
        package let review: SituationReview?
    }

    package let lesson: String
    package let title: Bilingual
    package let trainee: String
    package let feedback: FeedbackMode
    package let date: CalendarDate
    package let opening: ClockTime
    /// 1. Reactions: the trainee's answer to the opening question, nil if skipped.
    package var reaction: String?
    /// 2. Description: faults and decisions in time order.
    package let timeline: [Moment]
    /// 3. Analysis: every question the trainee had, and per fault kind.
    package let situations: [SituationReview]
    package let faults: [FaultReview]
    /// The same patients and faults handled by the trainee and by the autopilot.
    package let traineeMorning: MorningSummary
    package let autopilotMorning: MorningSummary
    /// Patients whose outcome differs from the autopilot's, by id.
    package let differentOutcomes: [Int]
    /// 4. Summary.
    package let score: Double
    package let passMark: Double
    package let nextLesson: String?

    package var passed: Bool { score >= passMark }
    package var mistakes: [SituationReview] { situations.filter { $0.verdict == .mistake } }

    /// The situations to practise again, with the same patients.
    package var practise: Set<SituationKey> { Set(mistakes.map(\.key)) }

    /// Two or three take-aways: the procedures behind the most frequent mistakes.
    package var takeaways: [Bilingual] {
        var counts: [Situation.Kind: Int] = [:]
        for review in mistakes { counts[review.decision.situation.kind, default: 0] += 1 }
        return counts.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.prefix(3).map(\.key.procedure)
    }
}
