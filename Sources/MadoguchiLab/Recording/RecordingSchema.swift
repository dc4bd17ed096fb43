import GRDB

/// The tables of a recording, one migration per schema version (docs/recording.md). A
/// migration once released never changes; a new version adds a migration and raises
/// `version`, and older files are brought up to date when opened for writing.
enum RecordingSchema {
    /// "MADO": marks a SQLite file as a Madoguchi recording (PRAGMA application_id).
    static let applicationID: Int32 = 0x4D41_444F
    static let version = 1

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                CREATE TABLE runs (
                    id INTEGER PRIMARY KEY,
                    started_at TEXT NOT NULL,
                    finished_at TEXT,
                    status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'interrupted')),
                    scenario_origin TEXT NOT NULL,
                    scenario_title TEXT NOT NULL,
                    scenario_text TEXT NOT NULL,
                    overrides TEXT NOT NULL,
                    scenario_hash TEXT NOT NULL,
                    program_version TEXT NOT NULL,
                    seed TEXT NOT NULL,
                    replications INTEGER NOT NULL,
                    shard_index INTEGER,
                    shard_count INTEGER,
                    threads INTEGER NOT NULL,
                    pid INTEGER,
                    host TEXT,
                    merged_from TEXT
                );
                CREATE TABLE replications (
                    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                    replication INTEGER NOT NULL,
                    arrived INTEGER NOT NULL,
                    served INTEGER NOT NULL,
                    reneged INTEGER NOT NULL,
                    counted INTEGER NOT NULL,
                    wait_mean REAL NOT NULL,
                    wait_p50 REAL NOT NULL,
                    wait_p90 REAL NOT NULL,
                    wait_p95 REAL NOT NULL,
                    wait_max REAL NOT NULL,
                    time_at_reception_mean REAL NOT NULL,
                    time_at_reception_p90 REAL NOT NULL,
                    outcome_confirmed_online INTEGER NOT NULL,
                    outcome_confirmed_by_credential INTEGER NOT NULL,
                    outcome_moushitatesho INTEGER NOT NULL,
                    outcome_provisional_full INTEGER NOT NULL,
                    outcome_reneged INTEGER NOT NULL,
                    fault_reader_error INTEGER NOT NULL,
                    fault_face_mismatch INTEGER NOT NULL,
                    fault_pin_lock INTEGER NOT NULL,
                    fault_eligibility_invalid INTEGER NOT NULL,
                    fault_certificate_expired INTEGER NOT NULL,
                    fault_unrenderable_name INTEGER NOT NULL,
                    fault_wrong_person INTEGER NOT NULL,
                    fault_outage INTEGER NOT NULL,
                    fault_needs_help INTEGER NOT NULL,
                    faults_recovered INTEGER NOT NULL,
                    myna_confirmations INTEGER NOT NULL,
                    online_confirmations INTEGER NOT NULL,
                    usage_rate REAL NOT NULL,
                    reader_utilization REAL NOT NULL,
                    desk_utilization REAL NOT NULL,
                    decision_errors INTEGER NOT NULL,
                    closed_at REAL NOT NULL,
                    PRIMARY KEY (run_id, replication)
                ) WITHOUT ROWID;
                CREATE TABLE patients (
                    run_id INTEGER NOT NULL,
                    replication INTEGER NOT NULL,
                    patient_id INTEGER NOT NULL,
                    path TEXT NOT NULL,
                    visit TEXT NOT NULL,
                    method TEXT NOT NULL,
                    arrival REAL NOT NULL,
                    reader_start REAL,
                    reader_end REAL,
                    desk_queue_entry REAL,
                    service_start REAL,
                    service_end REAL,
                    faults TEXT NOT NULL,
                    fault_bits INTEGER NOT NULL,
                    recovery_start REAL,
                    recovery_end REAL,
                    outcome TEXT NOT NULL,
                    reneged INTEGER NOT NULL,
                    decision_errors INTEGER NOT NULL,
                    PRIMARY KEY (run_id, replication, patient_id)
                ) WITHOUT ROWID;
                """)
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('schema_version', '1')")
        }
        return migrator
    }
}
