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

    init(row: Row) {
        id = row["id"]
        startedAt = row["started_at"]
        finishedAt = row["finished_at"]
        status = RunStatus.effective(stored: row["status"], pid: row["pid"], host: row["host"])
        mode = row["mode"]
        lesson = row["lesson"]
        scenarioOrigin = row["scenario_origin"]
        scenarioTitle = row["scenario_title"]
        scenarioText = row["scenario_text"]
        seed = UInt64(row["seed"] as String) ?? 0
        trainee = row["trainee"]
        feedback = row["feedback"]
        language = Language(rawValue: row["language"]) ?? .en
        arrived = row["arrived"]
        served = row["served"]
        meanWait = row["mean_wait"]
        score = row["score"]
        passed = row["passed"]
        debrief = row["debrief"]
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
                (try decoder.decode(TimedClinicEvent.self, from: Data((row["event"] as String).utf8)), row["wall_time"])
            }
        }
    }
}
