import GRDB

/// One row of `runs`, as readers see it.
package struct RecordedRun: Sendable, Equatable {
    package var id: Int64
    package var startedAt: String
    package var finishedAt: String?
    /// The status as stored: a run killed outright still says `running`.
    package var storedStatus: String
    /// `storedStatus`, except that `running` reads `interrupted` once its process is gone.
    package var status: String
    package var scenarioOrigin: String
    package var scenarioTitle: String
    package var scenarioText: String
    package var scenarioHash: String
    package var overrides: String
    package var programVersion: String
    package var seed: String
    package var replications: Int
    package var shardIndex: Int?
    package var shardCount: Int?
    package var threads: Int

    /// Throws when a value is missing or of the wrong type: the file was altered.
    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        startedAt = try row.decode(forColumn: "started_at")
        finishedAt = try row.decode(forColumn: "finished_at")
        storedStatus = try row.decode(forColumn: "status")
        status = try RunStatus.effective(stored: storedStatus, pid: row.decode(forColumn: "pid"), host: row.decode(forColumn: "host"))
        scenarioOrigin = try row.decode(forColumn: "scenario_origin")
        scenarioTitle = try row.decode(forColumn: "scenario_title")
        scenarioText = try row.decode(forColumn: "scenario_text")
        scenarioHash = try row.decode(forColumn: "scenario_hash")
        overrides = try row.decode(forColumn: "overrides")
        programVersion = try row.decode(forColumn: "program_version")
        seed = try row.decode(forColumn: "seed")
        replications = try row.decode(forColumn: "replications")
        shardIndex = try row.decode(forColumn: "shard_index")
        shardCount = try row.decode(forColumn: "shard_count")
        threads = try row.decode(forColumn: "threads")
    }

    /// "shard 2/4" or "", for messages.
    var shardText: String { shardIndex.flatMap { i in shardCount.map { " (shard \(i)/\($0))" } } ?? "" }
}

extension Recording {
    package func runs() throws -> [RecordedRun] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM runs ORDER BY id").map(RecordedRun.init) }
    }

    /// Replication numbers committed for a run, in order.
    package func committedReplications(run: Int64) throws -> [Int] {
        try read { db in try Int.fetchAll(db, sql: "SELECT replication FROM replications WHERE run_id = ? ORDER BY replication", arguments: [run]) }
    }

    /// The run's replication summaries without run_id, ordered by replication: equal for two
    /// runs that simulated the same replications.
    package func replicationRows(run: Int64) throws -> [[DatabaseValue]] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM replications WHERE run_id = ? ORDER BY replication", arguments: [run])
                .map { Array($0.databaseValues.dropFirst()) }
        }
    }

    /// The run's patient records without run_id, ordered by replication and patient.
    package func patientRows(run: Int64) throws -> [[DatabaseValue]] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM patients WHERE run_id = ? ORDER BY replication, patient_id", arguments: [run])
                .map { Array($0.databaseValues.dropFirst()) }
        }
    }

    package func patientCount(run: Int64) throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM patients WHERE run_id = ?", arguments: [run]) ?? 0 }
    }
}
