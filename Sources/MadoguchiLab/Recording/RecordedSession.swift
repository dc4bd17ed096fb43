import Foundation
import GRDB
import MadoguchiClinic

/// One row of `sessions`, as readers see it.
package struct RecordedSession: Sendable, Equatable {
    package var id: Int64
    package var startedAt: String
    package var finishedAt: String?
    /// `running` reads `interrupted` once its process is gone, as for runs.
    package var status: String
    package var mode: String
    package var lesson: String?
    package var scenarioOrigin: String
    package var scenarioTitle: String
    package var scenarioText: String
    package var seed: UInt64
    package var trainee: String?
    package var feedback: String?
    package var language: Language
    package var arrived: Int?
    package var served: Int?
    package var meanWait: Double?
    package var score: Double?
    package var passed: Bool?
    package var debrief: String?

    /// Throws when a value is missing or of the wrong type: the file was altered.
    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        startedAt = try row.decode(forColumn: "started_at")
        finishedAt = try row.decode(forColumn: "finished_at")
        status = try RunStatus.effective(stored: row.decode(forColumn: "status"), pid: row.decode(forColumn: "pid"), host: row.decode(forColumn: "host"))
        mode = try row.decode(forColumn: "mode")
        lesson = try row.decode(forColumn: "lesson")
        scenarioOrigin = try row.decode(forColumn: "scenario_origin")
        scenarioTitle = try row.decode(forColumn: "scenario_title")
        scenarioText = try row.decode(forColumn: "scenario_text")
        seed = UInt64(try row.decode(String.self, forColumn: "seed")) ?? 0
        trainee = try row.decode(forColumn: "trainee")
        feedback = try row.decode(forColumn: "feedback")
        language = Language(rawValue: try row.decode(forColumn: "language")) ?? .en
        arrived = try row.decode(forColumn: "arrived")
        served = try row.decode(forColumn: "served")
        meanWait = try row.decode(forColumn: "mean_wait")
        score = try row.decode(forColumn: "score")
        passed = try row.decode(forColumn: "passed")
        debrief = try row.decode(forColumn: "debrief")
    }
}

extension Recording {
    /// Every session, oldest first; empty for a file from before schema 4.
    package func sessions() throws -> [RecordedSession] {
        try read { db in
            guard try db.tableExists("sessions") else { return [] }
            return try Row.fetchAll(db, sql: "SELECT * FROM sessions ORDER BY id").map(RecordedSession.init)
        }
    }

    /// A session's events in order, with the wall-clock second each was recorded at.
    package func events(ofSession id: Int64) throws -> [(event: TimedClinicEvent, wallTime: Double)] {
        let decoder = JSONDecoder()
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT event, wall_time FROM session_events WHERE session_id = ? ORDER BY seq",
                             arguments: [id]).map { row in
                (try decoder.decode(TimedClinicEvent.self, from: Data(row.decode(String.self, forColumn: "event").utf8)), try row.decode(forColumn: "wall_time"))
            }
        }
    }
}
