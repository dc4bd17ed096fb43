import GRDB

/// One row of `runs`, as readers see it.
public struct RecordedRun: Sendable, Equatable {
    public var id: Int64
    public var startedAt: String
    public var finishedAt: String?
    /// The status as stored: a run killed outright still says `running`.
    public var storedStatus: String
    /// `storedStatus`, except that `running` reads `interrupted` once its process is gone.
    public var status: String
    public var scenarioOrigin: String
    public var scenarioTitle: String
    public var scenarioText: String
    public var scenarioHash: String
    public var overrides: String
    public var programVersion: String
    public var seed: String
    public var replications: Int
    public var shardIndex: Int?
    public var shardCount: Int?
    public var threads: Int

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
    public func runs() throws -> [RecordedRun] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM runs ORDER BY id").map(RecordedRun.init) }
    }

    /// Replication numbers committed for a run, in order.
    public func committedReplications(run: Int64) throws -> [Int] {
        try read { db in try Int.fetchAll(db, sql: "SELECT replication FROM replications WHERE run_id = ? ORDER BY replication", arguments: [run]) }
    }

    /// The run's replication summaries without run_id, ordered by replication: equal for two
    /// runs that simulated the same replications.
    public func replicationRows(run: Int64) throws -> [[DatabaseValue]] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM replications WHERE run_id = ? ORDER BY replication", arguments: [run])
                .map { Array($0.databaseValues.dropFirst()) }
        }
    }

    /// The run's patient records without run_id, ordered by replication and patient.
    public func patientRows(run: Int64) throws -> [[DatabaseValue]] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM patients WHERE run_id = ? ORDER BY replication, patient_id", arguments: [run])
                .map { Array($0.databaseValues.dropFirst()) }
        }
    }

    public func patientCount(run: Int64) throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM patients WHERE run_id = ?", arguments: [run]) ?? 0 }
    }
}
