import Foundation
import GRDB
import MadoguchiClinic

/// One row of `sessions`, as readers see it.
public struct RecordedSession: Sendable, Equatable {
    public var id: Int64
    public var startedAt: String
    public var finishedAt: String?
    /// `running` reads `interrupted` once its process is gone, as for runs.
    public var status: String
    public var mode: String
    public var lesson: String?
    public var scenarioOrigin: String
    public var scenarioTitle: String
    public var scenarioText: String
    public var seed: UInt64
    public var trainee: String?
    public var feedback: String?
    public var language: Language
    public var arrived: Int?
    public var served: Int?
    public var meanWait: Double?
    public var score: Double?
    public var passed: Bool?
    public var debrief: String?

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
    public func sessions() throws -> [RecordedSession] {
        try read { db in
            guard try db.tableExists("sessions") else { return [] }
            return try Row.fetchAll(db, sql: "SELECT * FROM sessions ORDER BY id").map(RecordedSession.init)
        }
    }

    /// A session's events in order, with the wall-clock second each was recorded at.
    public func events(ofSession id: Int64) throws -> [(event: TimedClinicEvent, wallTime: Double)] {
        let decoder = JSONDecoder()
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT event, wall_time FROM session_events WHERE session_id = ? ORDER BY seq",
                             arguments: [id]).map { row in
                (try decoder.decode(TimedClinicEvent.self, from: Data((row["event"] as String).utf8)), row["wall_time"])
            }
        }
    }
}
