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

    init(row: Row) {
        id = row["id"]
        startedAt = row["started_at"]
        finishedAt = row["finished_at"]
        storedStatus = row["status"]
        status = RunStatus.effective(stored: storedStatus, pid: row["pid"], host: row["host"])
        scenarioOrigin = row["scenario_origin"]
        scenarioTitle = row["scenario_title"]
        scenarioText = row["scenario_text"]
        scenarioHash = row["scenario_hash"]
        overrides = row["overrides"]
        programVersion = row["program_version"]
        seed = row["seed"]
        replications = row["replications"]
        shardIndex = row["shard_index"]
        shardCount = row["shard_count"]
        threads = row["threads"]
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
