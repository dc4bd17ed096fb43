import Foundation
import GRDB
import GRDBSQLite
import MadoguchiClinic

/// Writes one run into a recording. Each replication goes in with its summary and all its
/// patients in one transaction, so the file always holds whole replications: after Ctrl-C
/// or kill -9 it has every replication committed before, and none half-written. Safe to
/// call from several workers; the recording's queue takes them one at a time.
public final class RunRecorder: @unchecked Sendable {
    public let recording: Recording
    public let runID: Int64

    init(recording: Recording, runID: Int64) {
        self.recording = recording
        self.runID = runID
    }

    /// Adds a run with status `running`.
    public static func begin(_ info: RunInfo, in recording: Recording) throws -> RunRecorder {
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

    /// Commits one replication: its summary and every patient.
    public func record(replication: Int, statistics: ClinicStatistics, patients: [PatientRecord]) throws {
        try record(replication: replication, summary: ReplicationSummary(statistics), patients: patients)
    }

    public func record(replication: Int, summary: ReplicationSummary, patients: [PatientRecord]) throws {
        let runID = runID
        try recording.write { db in
            let statement = try db.cachedStatement(sql: Self.replicationSQL)
            try statement.execute(arguments: StatementArguments([runID.databaseValue, replication.databaseValue] + summary.values))
            try PatientInsert.insert(patients, runID: runID, replication: replication,
                                     statement: try db.cachedStatement(sql: PatientInsert.sql), db: db)
        }
    }

    static let replicationSQL: String = {
        let columns = ["run_id", "replication"] + ReplicationRow.columns
        return "INSERT INTO replications (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    }()

    /// Marks the run completed or interrupted.
    public func finish(_ status: RunStatus) throws {
        let runID = runID
        try recording.write { db in
            try db.execute(sql: "UPDATE runs SET status = ?, finished_at = ? WHERE id = ?",
                           arguments: [status.rawValue, Timestamp.now, runID])
        }
    }
}

/// The hot path of recording: patient rows bound straight through SQLite's C interface on
/// a statement prepared once per connection, since building GRDB argument arrays for
/// 19 columns costs more than SQLite's own insert.
enum PatientInsert {
    static let sql = """
        INSERT INTO patients (run_id, replication, patient_id, path, visit, method, arrival, reader_start, reader_end,
            desk_queue_entry, service_start, service_end, faults, fault_bits, recovery_start, recovery_end,
            outcome, reneged, decision_errors)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    static func insert(_ patients: [PatientRecord], runID: Int64, replication: Int, statement: Statement, db: Database) throws {
        let s = statement.sqliteStatement
        for p in patients {
            sqlite3_reset(s)
            sqlite3_bind_int64(s, 1, runID)
            sqlite3_bind_int64(s, 2, Int64(replication))
            sqlite3_bind_int64(s, 3, Int64(p.id))
            text(s, 4, p.path.rawValue)
            text(s, 5, p.visit.rawValue)
            text(s, 6, p.method.rawValue)
            sqlite3_bind_double(s, 7, p.arrival)
            real(s, 8, p.readerStart)
            real(s, 9, p.readerEnd)
            real(s, 10, p.deskQueueEntry)
            real(s, 11, p.serviceStart)
            real(s, 12, p.serviceEnd)
            text(s, 13, p.faults.rawValue == 0 ? "" : p.faults.faults.map(\.rawValue).joined(separator: ","))
            sqlite3_bind_int64(s, 14, Int64(p.faults.rawValue))
            real(s, 15, p.recoveryStart)
            real(s, 16, p.recoveryEnd)
            text(s, 17, p.outcome.rawValue)
            sqlite3_bind_int64(s, 18, p.reneged ? 1 : 0)
            sqlite3_bind_int64(s, 19, Int64(p.decisionErrors))
            let code = sqlite3_step(s)
            guard code == SQLITE_DONE else {
                sqlite3_reset(s)
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
        }
        sqlite3_reset(s)
    }

    @inline(__always) static func real(_ s: OpaquePointer, _ i: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(s, i, value) } else { sqlite3_bind_null(s, i) }
    }

    @inline(__always) static func text(_ s: OpaquePointer, _ i: Int32, _ value: String) {
        if value.isEmpty { sqlite3_bind_text(s, i, "", 0, transient); return }
        var value = value
        value.withUTF8 { bytes in
            _ = bytes.withMemoryRebound(to: CChar.self) { sqlite3_bind_text(s, i, $0.baseAddress, Int32($0.count), transient) }
        }
    }
}
