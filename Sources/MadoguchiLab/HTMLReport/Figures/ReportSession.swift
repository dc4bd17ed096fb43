import Foundation
import GRDB
import MadoguchiClinic
import MadoguchiTraining

/// One desk or training session of a recording, read for the report: the `sessions` row,
/// the debrief of a training session, and the day's figures folded from its events.
struct ReportSession {
    let file: String
    let id: Int64
    let startedAt: String
    let status: String
    let mode: String
    let lesson: String?
    let scenarioTitle: String
    let scenario: Scenario?
    let trainee: String?
    let feedback: String?
    let score: Double?
    let passed: Bool?
    /// Nil without one, or when it does not decode (written by another version).
    let debrief: Debrief?
    let day: DayFigures
    let utilization: (readers: Double, desks: Double)?

    init(file: String, row: Row, _ db: Database) throws {
        self.file = file
        id = row["id"]
        startedAt = row["started_at"]
        status = RunStatus.effective(stored: row["status"], pid: row["pid"], host: row["host"])
        mode = row["mode"]
        lesson = row["lesson"]
        scenarioTitle = row["scenario_title"]
        scenario = RecordedScenario.load(text: row["scenario_text"], origin: row["scenario_origin"], overrides: "")
        trainee = row["trainee"]
        feedback = row["feedback"]
        score = row["score"]
        passed = (row["passed"] as Int?).map { $0 != 0 }
        debrief = (row["debrief"] as String?).flatMap { try? JSONDecoder().decode(Debrief.self, from: Data($0.utf8)) }

        var patients: [ReportPatient] = []
        var usage = SessionUtilization()
        let decoder = JSONDecoder()
        let events = try Row.fetchCursor(db, sql: "SELECT event FROM session_events WHERE session_id = ? ORDER BY seq", arguments: [id])
        while let event = try events.next() {
            guard let timed = try? decoder.decode(TimedClinicEvent.self, from: Data((event[0] as String).utf8)) else { continue }
            usage.apply(timed)
            if case .left(let record) = timed.event { patients.append(ReportPatient(record: record, leftAt: timed.time)) }
        }
        var day = DayFigures(end: usage.lastDeparture, warmup: scenario?.warmup ?? 0)
        for patient in patients { day.add(patient) }
        day.endReplication()
        self.day = day
        utilization = usage.shares(readers: scenario?.readers ?? usage.readersSeen, desks: scenario?.desks ?? usage.staffSeen)
    }

    var isTraining: Bool { mode == "train" }

    var opening: Double { scenario?.opening.secondsSinceMidnight ?? 0 }
}
