import Foundation
import GRDB
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

    /// Inserts the session into the recording at `path` (created if needed) and returns its id.
    @discardableResult
    static func insert(_ played: Played, mode: String, trainee: String?, startedAt: String, into path: String) throws -> Int64 {
        let recording = try Recording.openForWriting(path)
        defer { try? recording.close() }
        let encoder = JSONEncoder()
        let scenario = played.lesson.scenario
        let isTraining = mode == "train"
        return try recording.write { db in
            try db.execute(sql: """
                INSERT INTO sessions (started_at, finished_at, status, mode, lesson, scenario_origin, scenario_title,
                    scenario_text, scenario_hash, seed, program_version, trainee, feedback, language, arrived, served,
                    mean_wait, score, passed, debrief)
                VALUES (?, ?, 'completed', ?, ?, ?, ?, ?, ?, ?, 'test', ?, ?, 'en', ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    startedAt, startedAt, mode, isTraining ? played.lesson.name : nil, scenario.origin, scenario.title,
                    scenario.text, SHA256.hex(scenario.text), String(played.seed), trainee,
                    isTraining ? played.lesson.feedback.rawValue : nil,
                    played.debrief.traineeMorning.arrived, played.debrief.traineeMorning.served, played.debrief.traineeMorning.meanWait,
                    isTraining ? played.debrief.score : nil, isTraining ? (played.debrief.passed ? 1 : 0) : nil,
                    isTraining ? String(decoding: try encoder.encode(played.debrief), as: UTF8.self) : nil,
                ])
            let id = db.lastInsertedRowID
            for (seq, timed) in played.events.enumerated() {
                try db.execute(sql: """
                    INSERT INTO session_events (session_id, seq, sim_time, wall_time, kind, patient, event)
                    VALUES (?, ?, ?, ?, ?, NULL, ?)
                    """, arguments: [id, seq, timed.time, timed.time, kind(timed.event),
                                     String(decoding: try encoder.encode(timed), as: UTF8.self)])
            }
            return id
        }
    }

    static func kind(_ event: ClinicEvent) -> String {
        String(String(describing: event).prefix { $0 != "(" })
    }
}
