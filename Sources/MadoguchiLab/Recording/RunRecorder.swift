import Foundation
import GRDB
import MadoguchiClinic

/// Writes one run into a recording. Each replication goes in with its summary and all its
/// patients in one transaction, so the file always holds whole replications: after Ctrl-C
/// or kill -9 it has every replication committed before, and none half-written. Safe to
/// call from several workers; the recording's queue takes them one at a time.
package final class RunRecorder: @unchecked Sendable {
    package let recording: Recording
    package let runID: Int64

    init(recording: Recording, runID: Int64) {
        self.recording = recording
        self.runID = runID
    }

    /// Adds a run with status `running`.
    package static func begin(_ info: RunInfo, in recording: Recording) throws -> RunRecorder {
        let id = try recording.write { db -> Int64 in
            try db.execute(sql: """
                INSERT INTO runs (started_at, status, scenario_origin, scenario_title, scenario_text, overrides,
                    scenario_hash, program_version, seed, replications, shard_index, shard_count, threads, pid, host)
                VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [Timestamp.now, info.scenarioOrigin, info.scenarioTitle, info.scenarioText,
                                 info.overrides.joined(separator: "\n"), info.scenarioHash, info.programVersion,
                                 String(info.seed), info.replications, info.shard?.index, info.shard?.count,
                                 info.threads, Int(getpid()), ProcessInfo.processInfo.hostName])
            return db.lastInsertedRowID
        }
        return RunRecorder(recording: recording, runID: id)
    }

    /// Commits one replication: its summary and every patient, in patient order.
    package func record(replication: Int, summary: ReplicationSummary, patients: [PatientRecord]) throws {
        let runID = runID
        try recording.write { db in
            try db.cachedStatement(sql: Self.replicationSQL)
                .execute(arguments: StatementArguments([runID.databaseValue, replication.databaseValue] + summary.values))
            try PatientInsert.insert(patients, runID: runID, replication: replication, db: db)
        }
    }

    static let replicationSQL: String = {
        let columns = ["run_id", "replication"] + ReplicationRow.columns
        return "INSERT INTO replications (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    }()

    /// Marks the run completed or interrupted.
    package func finish(_ status: RunStatus) throws {
        let runID = runID
        try recording.write { db in
            try db.execute(sql: "UPDATE runs SET status = ?, finished_at = ? WHERE id = ?",
                           arguments: [status.rawValue, Timestamp.now, runID])
        }
    }
}
