import GRDB
import GRDBSQLite
import MadoguchiClinic

/// The hot path of recording: patient rows of `patient_rows` (schema v2, the wait since v5) bound straight
/// through SQLite's C interface on statements prepared once per connection, 32 rows per
/// INSERT, since building GRDB argument arrays costs more than SQLite's own insert. Every
/// column is a small integer, the cheapest value for SQLite to encode and store: names as
/// the codes of the `patients` view, times as whole milliseconds.
enum PatientInsert {
    static let columns = 18
    /// Rows per INSERT: one statement step per batch rather than per patient.
    static let batch = 32

    static func sql(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        return """
            INSERT INTO patient_rows (run_id, replication, patient_id, path, visit, method, arrival_ms,
                reader_start_ms, reader_end_ms, desk_queue_entry_ms, service_start_ms, service_end_ms,
                fault_bits, recovery_start_ms, recovery_end_ms, outcome, decision_errors, wait_ms)
            VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))
            """
    }

    static let batchSQL = sql(rows: batch)
    static let singleSQL = sql(rows: 1)

    /// Inserts the rows in the order given: callers pass them by patient id, so that the file
    /// reads in the model's order without sorting.
    static func insert(_ patients: [PatientRecord], runID: Int64, replication: Int, db: Database) throws {
        let batched = try db.cachedStatement(sql: batchSQL).sqliteStatement
        let single = try db.cachedStatement(sql: singleSQL).sqliteStatement
        var start = 0
        while start < patients.count {
            let rows = patients.count - start >= batch ? batch : 1
            let s = rows == batch ? batched : single
            for k in 0..<rows {
                bind(patients[start + k], at: Int32(k * columns), s, runID: runID, replication: Int64(replication))
            }
            try step(s, db)
            start += rows
        }
    }

    /// Runs a statement whose values are bound, and resets it for the next use.
    private static func step(_ s: OpaquePointer, _ db: Database) throws {
        let code = sqlite3_step(s)
        sqlite3_reset(s)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }

    @inline(__always) static func bind(_ p: PatientRecord, at o: Int32, _ s: OpaquePointer, runID: Int64, replication: Int64) {
        sqlite3_bind_int64(s, o + 1, runID)
        sqlite3_bind_int64(s, o + 2, replication)
        sqlite3_bind_int64(s, o + 3, Int64(p.id))
        sqlite3_bind_int64(s, o + 4, PatientCode.path(p.path))
        sqlite3_bind_int64(s, o + 5, PatientCode.visit(p.visit))
        sqlite3_bind_int64(s, o + 6, PatientCode.method(p.method))
        time(s, o + 7, p.arrival)
        time(s, o + 8, p.readerStart)
        time(s, o + 9, p.readerEnd)
        time(s, o + 10, p.deskQueueEntry)
        time(s, o + 11, p.serviceStart)
        time(s, o + 12, p.serviceEnd)
        sqlite3_bind_int64(s, o + 13, Int64(p.faults.rawValue))
        time(s, o + 14, p.recoveryStart)
        time(s, o + 15, p.recoveryEnd)
        sqlite3_bind_int64(s, o + 16, PatientCode.outcome(p.outcome))
        sqlite3_bind_int64(s, o + 17, Int64(p.decisionErrors))
        time(s, o + 18, p.wait)
    }

    /// A time in milliseconds; one too large for an integer goes in as a REAL, which the
    /// view reads back the same, rather than being lost.
    @inline(__always) static func time(_ s: OpaquePointer, _ i: Int32, _ seconds: Double?) {
        guard let seconds else {
            sqlite3_bind_null(s, i)
            return
        }
        if let ms = PatientCode.milliseconds(seconds) { sqlite3_bind_int64(s, i, ms) } else { sqlite3_bind_double(s, i, seconds * 1000) }
    }
}
