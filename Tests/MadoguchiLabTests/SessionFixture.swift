import Foundation
import MadoguchiClinic
import MadoguchiSim
import MadoguchiTraining
@testable import MadoguchiLab

/// Desk and training sessions written into the recording schema's v4 tables as the desk
/// records them (docs/recording.md), made by playing a lesson on the clinic model alone: every
/// decision goes to a rule-based trainee, whose answers come back as the keyboard's would.
enum SessionFixture {
    struct Played {
        var lesson: Lesson
        var seed: UInt64
        var events: [TimedClinicEvent]
        var debrief: Debrief
    }

    /// Plays `lesson` to the end of its day, answering every question with `choose`.
    static func play(_ lesson: Lesson, trainee: String, seed: UInt64, choose: (Decision) -> StaffAction) -> Played {
        var sim = ClinicModel.simulator(scenario: lesson.scenario, policy: TraineePolicy(), seed: seed, replication: 0)
        sim.model.log = []
        var session = SessionLog()
        var events: [TimedClinicEvent] = []
        while !sim.model.isDayOver, sim.step() {
            let drained = sim.model.log ?? []
            sim.model.log = []
            for timed in drained {
                events.append(timed)
                session.apply(timed)
                if case .decisionPending(let ticket, let decision, true) = timed.event {
                    sim.inject(.answer(ticket: ticket, action: choose(decision)))
                }
            }
        }
        return Played(lesson: lesson, seed: seed, events: events,
                      debrief: DebriefBuilder.make(session: session, lesson: lesson, trainee: trainee, seed: seed))
    }

    /// By the book, except that an eligibility problem is charged in full (10割), a mistake.
    static func chargesFull(_ decision: Decision) -> StaffAction {
        if case .eligibility = decision.situation, decision.options.contains(.chargeFull) { return .chargeFull }
        return decision.standardAction
    }

    /// Records the session into the recording at `path` (created if needed) with the desk's
    /// own writer, dated `startedAt`, and returns its id.
    @discardableResult
    static func insert(_ played: Played, mode: SessionInfo.Mode, trainee: String?, startedAt: String, into path: String) throws -> Int64 {
        let recording = try Recording.openForWriting(path)
        defer { try? recording.close() }
        let isTraining = mode == .train
        let info = SessionInfo(mode: mode, lesson: isTraining ? played.lesson.name : nil, scenario: played.lesson.scenario,
                               seed: played.seed, programVersion: "test", trainee: trainee,
                               feedback: isTraining ? played.lesson.feedback.rawValue : nil, language: .en)
        let recorder = try SessionRecorder.begin(info, in: recording)
        recorder.append(played.events, wallTime: 1)
        let morning = played.debrief.traineeMorning
        let debrief = String(decoding: try JSONEncoder().encode(played.debrief), as: UTF8.self)
        try recorder.finish(.completed, summary: SessionSummary(
            arrived: morning.arrived, served: morning.served, meanWait: morning.meanWait,
            score: isTraining ? played.debrief.score : nil, passed: isTraining ? played.debrief.passed : nil,
            debrief: isTraining ? debrief : nil), wallTime: 2)
        try recording.write { db in
            try db.execute(sql: "UPDATE sessions SET started_at = ? WHERE id = ?", arguments: [startedAt, recorder.sessionID])
        }
        return recorder.sessionID
    }
}
