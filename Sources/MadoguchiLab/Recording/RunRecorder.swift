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
            try PatientInsert.insert(patients, runID: runID, replication: replication, db: db)
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
/// statements prepared once per connection, 32 rows per INSERT, since building GRDB argument
/// arrays for 19 columns costs more than SQLite's own insert. Enum names are bound from C strings made
/// once for the process (SQLITE_STATIC: no copy per row), and rows go in by patient id so
/// that each lands at the end of the table's B-tree.
enum PatientInsert {
    static let columns = 19
    /// Rows per INSERT: one statement step per batch rather than per patient.
    static let batch = 32

    static func sql(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        return """
            INSERT INTO patients (run_id, replication, patient_id, path, visit, method, arrival, reader_start, reader_end,
                desk_queue_entry, service_start, service_end, faults, fault_bits, recovery_start, recovery_end,
                outcome, reneged, decision_errors)
            VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))
            """
    }

    static let batchSQL = sql(rows: batch)
    static let singleSQL = sql(rows: 1)

    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// A C string that lives as long as the process, for binding without a copy.
    struct StaticText: @unchecked Sendable {
        let pointer: UnsafePointer<CChar>
        let count: Int32

        init(_ text: String) {
            let bytes = Array(text.utf8CString)
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
            buffer.initialize(from: bytes, count: bytes.count)
            pointer = UnsafePointer(buffer)
            count = Int32(bytes.count - 1)
        }
    }

    static let paths = CredentialPath.allCases.map { StaticText($0.rawValue) }
    static let firstVisit = StaticText(VisitType.first.rawValue)
    static let returnVisit = StaticText(VisitType.return.rawValue)
    static let methods = AuthMethod.allCases.map { StaticText($0.rawValue) }

    /// The position in `AuthMethod.allCases`, without searching it per row.
    static func index(_ method: AuthMethod) -> Int {
        switch method {
        case .face: return 0
        case .pin: return 1
        case .pinless: return 2
        case .iphone: return 3
        case .android: return 4
        case .none: return 5
        }
    }
    static let outcomes = Outcome.allCases.map { StaticText($0.rawValue) }
    static let empty = StaticText("")

    static func insert(_ patients: [PatientRecord], runID: Int64, replication: Int, db: Database) throws {
        let ordered = patients.sorted { $0.id < $1.id }
        var start = 0
        while start < ordered.count {
            let rows = ordered.count - start >= batch ? batch : 1
            let s = try db.cachedStatement(sql: rows == batch ? batchSQL : singleSQL).sqliteStatement
            sqlite3_reset(s)
            for k in 0..<rows { bind(ordered[start + k], at: Int32(k * columns), s, runID: runID, replication: replication) }
            let code = sqlite3_step(s)
            sqlite3_reset(s)
            guard code == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            start += rows
        }
    }

    @inline(__always) static func bind(_ p: PatientRecord, at o: Int32, _ s: OpaquePointer, runID: Int64, replication: Int) {
        sqlite3_bind_int64(s, o + 1, runID)
        sqlite3_bind_int64(s, o + 2, Int64(replication))
        sqlite3_bind_int64(s, o + 3, Int64(p.id))
        bind(s, o + 4, paths[p.path.index])
        bind(s, o + 5, p.visit == .first ? firstVisit : returnVisit)
        bind(s, o + 6, methods[index(p.method)])
        sqlite3_bind_double(s, o + 7, p.arrival)
        real(s, o + 8, p.readerStart)
        real(s, o + 9, p.readerEnd)
        real(s, o + 10, p.deskQueueEntry)
        real(s, o + 11, p.serviceStart)
        real(s, o + 12, p.serviceEnd)
        if p.faults.rawValue == 0 {
            bind(s, o + 13, empty)
        } else {
            sqlite3_bind_text(s, o + 13, p.faults.faults.map(\.rawValue).joined(separator: ","), -1, transient)
        }
        sqlite3_bind_int64(s, o + 14, Int64(p.faults.rawValue))
        real(s, o + 15, p.recoveryStart)
        real(s, o + 16, p.recoveryEnd)
        bind(s, o + 17, outcomes[p.outcome.index])
        sqlite3_bind_int64(s, o + 18, p.reneged ? 1 : 0)
        sqlite3_bind_int64(s, o + 19, Int64(p.decisionErrors))
    }

    @inline(__always) static func real(_ s: OpaquePointer, _ i: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(s, i, value) } else { sqlite3_bind_null(s, i) }
    }

    @inline(__always) static func bind(_ s: OpaquePointer, _ i: Int32, _ text: StaticText) {
        sqlite3_bind_text(s, i, text.pointer, text.count, nil)
    }
}
