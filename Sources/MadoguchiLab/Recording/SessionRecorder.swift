import Foundation
import GRDB
import MadoguchiClinic

/// Writes one desk or training session: every event the desk drew from and every judged
/// answer. Events are kept in memory and committed together by `flush`, which the desk calls
/// at least once a second and whenever it goes idle, so a kill -9 loses at most the last
/// second; `finish` commits the rest and marks the session completed or interrupted.
package final class SessionRecorder {
    package let recording: Recording
    package let sessionID: Int64
    private var pending: [(event: TimedClinicEvent, wallTime: Double)] = []
    private var nextSeq = 0
    private var lastFlush: Double = 0
    private let encoder = JSONEncoder()

    /// The most a session keeps in memory between commits.
    package static let flushInterval = 1.0

    init(recording: Recording, sessionID: Int64) {
        self.recording = recording
        self.sessionID = sessionID
        encoder.outputFormatting = .sortedKeys
    }

    /// Adds a session with status `running`.
    package static func begin(_ info: SessionInfo, in recording: Recording) throws -> SessionRecorder {
        let id = try recording.write { db -> Int64 in
            try db.execute(sql: """
                INSERT INTO sessions (started_at, status, mode, lesson, scenario_origin, scenario_title, scenario_text,
                    scenario_hash, seed, program_version, trainee, feedback, language, pid, host)
                VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [Timestamp.now, info.mode.rawValue, info.lesson, info.scenarioOrigin, info.scenarioTitle,
                                 info.scenarioText, SHA256.hex(info.scenarioText), String(info.seed), info.programVersion,
                                 info.trainee, info.feedback, info.language.rawValue, Int(getpid()),
                                 ProcessInfo.processInfo.hostName])
            return db.lastInsertedRowID
        }
        return SessionRecorder(recording: recording, sessionID: id)
    }

    /// Keeps events to be committed by the next flush; `wallTime` is seconds since the start.
    package func append(_ events: [TimedClinicEvent], wallTime: Double) {
        for timed in events {
            pending.append((timed, wallTime))
            if case .decisionPending(let ticket, _, _) = timed.event { asked[ticket] = timed.time }
        }
    }

    /// When each open question was asked, for its judgement row.
    private var asked: [Int: Double] = [:]

    /// Commits if a second has passed since the last commit.
    package func flushIfDue(wallTime: Double) throws {
        guard wallTime - lastFlush >= Self.flushInterval else { return }
        try flush(wallTime: wallTime)
    }

    /// Commits every event kept so far, with the judgement of each answer, in one transaction.
    package func flush(wallTime: Double) throws {
        lastFlush = wallTime
        guard !pending.isEmpty else { return }
        let batch = pending
        let sessionID = sessionID
        let first = nextSeq
        let encoder = encoder
        try recording.write { db in
            let insert = try db.cachedStatement(sql: """
                INSERT INTO session_events (session_id, seq, sim_time, wall_time, kind, patient, event) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            let judge = try db.cachedStatement(sql: """
                INSERT INTO session_judgements (session_id, ticket, situation, patient, fault, action, verdict, consequence,
                    error_kind, by_person, asked_at, answered_at, wall_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (offset, item) in batch.enumerated() {
                let timed = item.event
                let json = String(decoding: try encoder.encode(timed), as: UTF8.self)
                try insert.execute(arguments: [sessionID, first + offset, timed.time, item.wallTime, timed.event.kind,
                                               timed.event.patient, json])
                guard case .decided(let ticket, let decision, let action, let byPerson) = timed.event else { continue }
                let ruling = decision.ruling(action)
                try judge.execute(arguments: [sessionID, ticket, decision.situation.kind.rawValue, decision.patient?.patient,
                                              decision.fault?.rawValue, action.rawValue, ruling.verdict.rawValue,
                                              ruling.consequence?.rawValue, ruling.kind?.rawValue, byPerson,
                                              asked.removeValue(forKey: ticket) ?? timed.time, timed.time, item.wallTime])
            }
        }
        pending.removeAll(keepingCapacity: true)
        nextSeq += batch.count
    }

    /// Commits what is left and closes the session's row.
    package func finish(_ status: RunStatus, summary: SessionSummary?, wallTime: Double) throws {
        try flush(wallTime: wallTime)
        let sessionID = sessionID
        try recording.write { db in
            try db.execute(sql: """
                UPDATE sessions SET status = ?, finished_at = ?, pid = NULL, host = NULL, arrived = ?, served = ?, mean_wait = ?,
                    score = ?, passed = ?, debrief = ? WHERE id = ?
                """, arguments: [status.rawValue, Timestamp.now, summary?.arrived, summary?.served, summary?.meanWait,
                                 summary?.score, summary?.passed, summary?.debrief, sessionID])
        }
    }
}
