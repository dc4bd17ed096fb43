import GRDB
import MadoguchiClinic

/// The tables of a recording, one migration per schema version (docs/recording.md). A
/// migration once released never changes, so its SQL is spelled out rather than generated
/// from the model's enums; a new version adds a migration and raises `version`, and older
/// files are brought up to date when opened for writing.
enum RecordingSchema {
    /// "MADO": marks a SQLite file as a Madoguchi recording (PRAGMA application_id).
    static let applicationID: Int32 = 0x4D41_444F
    static let version = 6

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
        migrator.registerMigration("v2") { db in try db.execute(sql: v2) }
        migrator.registerMigration("v3") { db in try db.execute(sql: v3) }
        migrator.registerMigration("v4") { db in try db.execute(sql: v4) }
        migrator.registerMigration("v5") { db in try db.execute(sql: v5) }
        migrator.registerMigration("v6") { db in try db.execute(sql: v6) }
        return migrator
    }

    /// Version 2 keeps patients compactly, which halves the cost of recording them: names as
    /// small codes and times as whole milliseconds in `patient_rows`, read through the view
    /// `patients` with v1's columns, names and seconds. Existing v1 patients are converted.
    static let v2 = """
        CREATE TABLE patient_rows (
            run_id INTEGER NOT NULL,
            replication INTEGER NOT NULL,
            patient_id INTEGER NOT NULL,
            path INTEGER NOT NULL,
            visit INTEGER NOT NULL,
            method INTEGER NOT NULL,
            arrival_ms INTEGER NOT NULL,
            reader_start_ms INTEGER,
            reader_end_ms INTEGER,
            desk_queue_entry_ms INTEGER,
            service_start_ms INTEGER,
            service_end_ms INTEGER,
            fault_bits INTEGER NOT NULL,
            recovery_start_ms INTEGER,
            recovery_end_ms INTEGER,
            outcome INTEGER NOT NULL,
            decision_errors INTEGER NOT NULL
        );
        INSERT INTO patient_rows
        SELECT run_id, replication, patient_id,
            CASE path WHEN 'myna_card' THEN 0 WHEN 'myna_phone' THEN 1 WHEN 'legacy_card' THEN 2
                WHEN 'certificate' THEN 3 WHEN 'none' THEN 4 END,
            CASE visit WHEN 'first' THEN 0 WHEN 'return' THEN 1 END,
            CASE method WHEN 'face' THEN 0 WHEN 'pin' THEN 1 WHEN 'pinless' THEN 2 WHEN 'iphone' THEN 3
                WHEN 'android' THEN 4 WHEN 'none' THEN 5 END,
            CAST(round(arrival * 1000) AS INTEGER),
            CAST(round(reader_start * 1000) AS INTEGER), CAST(round(reader_end * 1000) AS INTEGER),
            CAST(round(desk_queue_entry * 1000) AS INTEGER),
            CAST(round(service_start * 1000) AS INTEGER), CAST(round(service_end * 1000) AS INTEGER),
            fault_bits,
            CAST(round(recovery_start * 1000) AS INTEGER), CAST(round(recovery_end * 1000) AS INTEGER),
            CASE outcome WHEN 'confirmed_online' THEN 0 WHEN 'confirmed_by_credential' THEN 1
                WHEN 'moushitatesho' THEN 2 WHEN 'provisional_full' THEN 3 WHEN 'reneged' THEN 4 END,
            decision_errors
        FROM patients ORDER BY run_id, replication, patient_id;
        DROP TABLE patients;
        CREATE VIEW patients AS SELECT
            run_id, replication, patient_id,
            CASE path WHEN 0 THEN 'myna_card' WHEN 1 THEN 'myna_phone' WHEN 2 THEN 'legacy_card'
                WHEN 3 THEN 'certificate' WHEN 4 THEN 'none' END AS path,
            CASE visit WHEN 0 THEN 'first' WHEN 1 THEN 'return' END AS visit,
            CASE method WHEN 0 THEN 'face' WHEN 1 THEN 'pin' WHEN 2 THEN 'pinless' WHEN 3 THEN 'iphone'
                WHEN 4 THEN 'android' WHEN 5 THEN 'none' END AS method,
            arrival_ms / 1000.0 AS arrival,
            reader_start_ms / 1000.0 AS reader_start,
            reader_end_ms / 1000.0 AS reader_end,
            desk_queue_entry_ms / 1000.0 AS desk_queue_entry,
            service_start_ms / 1000.0 AS service_start,
            service_end_ms / 1000.0 AS service_end,
            rtrim(CASE WHEN fault_bits & 1 THEN 'reader_error,' ELSE '' END
                || CASE WHEN fault_bits & 2 THEN 'face_mismatch,' ELSE '' END
                || CASE WHEN fault_bits & 4 THEN 'pin_lock,' ELSE '' END
                || CASE WHEN fault_bits & 8 THEN 'eligibility_invalid,' ELSE '' END
                || CASE WHEN fault_bits & 16 THEN 'certificate_expired,' ELSE '' END
                || CASE WHEN fault_bits & 32 THEN 'unrenderable_name,' ELSE '' END
                || CASE WHEN fault_bits & 64 THEN 'wrong_person,' ELSE '' END
                || CASE WHEN fault_bits & 128 THEN 'outage,' ELSE '' END
                || CASE WHEN fault_bits & 256 THEN 'needs_help,' ELSE '' END, ',') AS faults,
            fault_bits,
            recovery_start_ms / 1000.0 AS recovery_start,
            recovery_end_ms / 1000.0 AS recovery_end,
            CASE outcome WHEN 0 THEN 'confirmed_online' WHEN 1 THEN 'confirmed_by_credential'
                WHEN 2 THEN 'moushitatesho' WHEN 3 THEN 'provisional_full' WHEN 4 THEN 'reneged' END AS outcome,
            outcome = 4 AS reneged,
            decision_errors
        FROM patient_rows;
        UPDATE meta SET value = '2' WHERE key = 'schema_version';
        """

    /// Version 3 knows the outcome `sent_away` (a patient staff sent home, a training error):
    /// a count per replication, and code 5 in the `patients` view.
    static let v3 = """
        ALTER TABLE replications ADD COLUMN outcome_sent_away INTEGER NOT NULL DEFAULT 0;
        DROP VIEW patients;
        CREATE VIEW patients AS SELECT
            run_id, replication, patient_id,
            CASE path WHEN 0 THEN 'myna_card' WHEN 1 THEN 'myna_phone' WHEN 2 THEN 'legacy_card'
                WHEN 3 THEN 'certificate' WHEN 4 THEN 'none' END AS path,
            CASE visit WHEN 0 THEN 'first' WHEN 1 THEN 'return' END AS visit,
            CASE method WHEN 0 THEN 'face' WHEN 1 THEN 'pin' WHEN 2 THEN 'pinless' WHEN 3 THEN 'iphone'
                WHEN 4 THEN 'android' WHEN 5 THEN 'none' END AS method,
            arrival_ms / 1000.0 AS arrival,
            reader_start_ms / 1000.0 AS reader_start,
            reader_end_ms / 1000.0 AS reader_end,
            desk_queue_entry_ms / 1000.0 AS desk_queue_entry,
            service_start_ms / 1000.0 AS service_start,
            service_end_ms / 1000.0 AS service_end,
            rtrim(CASE WHEN fault_bits & 1 THEN 'reader_error,' ELSE '' END
                || CASE WHEN fault_bits & 2 THEN 'face_mismatch,' ELSE '' END
                || CASE WHEN fault_bits & 4 THEN 'pin_lock,' ELSE '' END
                || CASE WHEN fault_bits & 8 THEN 'eligibility_invalid,' ELSE '' END
                || CASE WHEN fault_bits & 16 THEN 'certificate_expired,' ELSE '' END
                || CASE WHEN fault_bits & 32 THEN 'unrenderable_name,' ELSE '' END
                || CASE WHEN fault_bits & 64 THEN 'wrong_person,' ELSE '' END
                || CASE WHEN fault_bits & 128 THEN 'outage,' ELSE '' END
                || CASE WHEN fault_bits & 256 THEN 'needs_help,' ELSE '' END, ',') AS faults,
            fault_bits,
            recovery_start_ms / 1000.0 AS recovery_start,
            recovery_end_ms / 1000.0 AS recovery_end,
            CASE outcome WHEN 0 THEN 'confirmed_online' WHEN 1 THEN 'confirmed_by_credential'
                WHEN 2 THEN 'moushitatesho' WHEN 3 THEN 'provisional_full' WHEN 4 THEN 'reneged'
                WHEN 5 THEN 'sent_away' END AS outcome,
            outcome = 4 AS reneged,
            decision_errors
        FROM patient_rows;
        UPDATE meta SET value = '3' WHERE key = 'schema_version';
        """

    /// Version 4 keeps desk and training sessions: the session, every event the desk drew
    /// from (with the simulated and the wall-clock time it happened at), every judged answer,
    /// and the debrief, so a session can be replayed, listed and reported on.
    static let v4 = """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'interrupted')),
            mode TEXT NOT NULL CHECK (mode IN ('desk', 'train')),
            lesson TEXT,
            scenario_origin TEXT NOT NULL,
            scenario_title TEXT NOT NULL,
            scenario_text TEXT NOT NULL,
            scenario_hash TEXT NOT NULL,
            seed TEXT NOT NULL,
            program_version TEXT NOT NULL,
            trainee TEXT,
            feedback TEXT CHECK (feedback IN ('coach', 'exam')),
            language TEXT NOT NULL,
            pid INTEGER,
            host TEXT,
            arrived INTEGER,
            served INTEGER,
            mean_wait REAL,
            score REAL,
            passed INTEGER,
            debrief TEXT
        );
        CREATE TABLE session_events (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            sim_time REAL NOT NULL,
            wall_time REAL NOT NULL,
            kind TEXT NOT NULL,
            patient INTEGER,
            event TEXT NOT NULL,
            PRIMARY KEY (session_id, seq)
        ) WITHOUT ROWID;
        CREATE TABLE session_judgements (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            ticket INTEGER NOT NULL,
            situation TEXT NOT NULL,
            patient INTEGER,
            fault TEXT,
            action TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('correct', 'acceptable', 'mistake')),
            consequence TEXT,
            error_kind TEXT,
            by_person INTEGER NOT NULL,
            asked_at REAL NOT NULL,
            answered_at REAL NOT NULL,
            wall_time REAL NOT NULL,
            PRIMARY KEY (session_id, ticket)
        ) WITHOUT ROWID;
        UPDATE meta SET value = '4' WHERE key = 'schema_version';
        """

    /// Version 5 keeps what Little's law needs. Each replication gets reception's figures as
    /// a queueing system (arrival rate, time-average numbers in the system and waiting, mean
    /// time in the system and waiting, the observed span); each patient his wait, which
    /// places in time a patient who gave up queueing without a fault. Rows written before
    /// hold NULL there: the figures were not kept.
    static let v5 = """
        ALTER TABLE replications ADD COLUMN arrival_rate REAL;
        ALTER TABLE replications ADD COLUMN number_in_system REAL;
        ALTER TABLE replications ADD COLUMN number_waiting REAL;
        ALTER TABLE replications ADD COLUMN time_in_system_mean REAL;
        ALTER TABLE replications ADD COLUMN queueing_wait_mean REAL;
        ALTER TABLE replications ADD COLUMN observed REAL;
        ALTER TABLE patient_rows ADD COLUMN wait_ms INTEGER;
        DROP VIEW patients;
        CREATE VIEW patients AS SELECT
            run_id, replication, patient_id,
            CASE path WHEN 0 THEN 'myna_card' WHEN 1 THEN 'myna_phone' WHEN 2 THEN 'legacy_card'
                WHEN 3 THEN 'certificate' WHEN 4 THEN 'none' END AS path,
            CASE visit WHEN 0 THEN 'first' WHEN 1 THEN 'return' END AS visit,
            CASE method WHEN 0 THEN 'face' WHEN 1 THEN 'pin' WHEN 2 THEN 'pinless' WHEN 3 THEN 'iphone'
                WHEN 4 THEN 'android' WHEN 5 THEN 'none' END AS method,
            arrival_ms / 1000.0 AS arrival,
            reader_start_ms / 1000.0 AS reader_start,
            reader_end_ms / 1000.0 AS reader_end,
            desk_queue_entry_ms / 1000.0 AS desk_queue_entry,
            service_start_ms / 1000.0 AS service_start,
            service_end_ms / 1000.0 AS service_end,
            rtrim(CASE WHEN fault_bits & 1 THEN 'reader_error,' ELSE '' END
                || CASE WHEN fault_bits & 2 THEN 'face_mismatch,' ELSE '' END
                || CASE WHEN fault_bits & 4 THEN 'pin_lock,' ELSE '' END
                || CASE WHEN fault_bits & 8 THEN 'eligibility_invalid,' ELSE '' END
                || CASE WHEN fault_bits & 16 THEN 'certificate_expired,' ELSE '' END
                || CASE WHEN fault_bits & 32 THEN 'unrenderable_name,' ELSE '' END
                || CASE WHEN fault_bits & 64 THEN 'wrong_person,' ELSE '' END
                || CASE WHEN fault_bits & 128 THEN 'outage,' ELSE '' END
                || CASE WHEN fault_bits & 256 THEN 'needs_help,' ELSE '' END, ',') AS faults,
            fault_bits,
            recovery_start_ms / 1000.0 AS recovery_start,
            recovery_end_ms / 1000.0 AS recovery_end,
            CASE outcome WHEN 0 THEN 'confirmed_online' WHEN 1 THEN 'confirmed_by_credential'
                WHEN 2 THEN 'moushitatesho' WHEN 3 THEN 'provisional_full' WHEN 4 THEN 'reneged'
                WHEN 5 THEN 'sent_away' END AS outcome,
            outcome = 4 AS reneged,
            decision_errors,
            wait_ms / 1000.0 AS wait
        FROM patient_rows;
        UPDATE meta SET value = '5' WHERE key = 'schema_version';
        """

    /// Version 6 names credential paths and identity methods from a table, `code_names`,
    /// instead of spelling them in the view: a path or method added to the model (its
    /// profile's code) is named in every file written after, with no new migration.
    static let v6 = """
        CREATE TABLE code_names (
            kind TEXT NOT NULL,
            code INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (kind, code)
        ) WITHOUT ROWID;
        INSERT INTO code_names (kind, code, name) VALUES
            ('path', 0, 'myna_card'), ('path', 1, 'myna_phone'), ('path', 2, 'legacy_card'),
            ('path', 3, 'certificate'), ('path', 4, 'none'),
            ('method', 0, 'face'), ('method', 1, 'pin'), ('method', 2, 'pinless'), ('method', 3, 'iphone'),
            ('method', 4, 'android'), ('method', 5, 'none');
        DROP VIEW patients;
        CREATE VIEW patients AS SELECT
            run_id, replication, patient_id,
            (SELECT name FROM code_names WHERE kind = 'path' AND code = path) AS path,
            CASE visit WHEN 0 THEN 'first' WHEN 1 THEN 'return' END AS visit,
            (SELECT name FROM code_names WHERE kind = 'method' AND code = method) AS method,
            arrival_ms / 1000.0 AS arrival,
            reader_start_ms / 1000.0 AS reader_start,
            reader_end_ms / 1000.0 AS reader_end,
            desk_queue_entry_ms / 1000.0 AS desk_queue_entry,
            service_start_ms / 1000.0 AS service_start,
            service_end_ms / 1000.0 AS service_end,
            rtrim(CASE WHEN fault_bits & 1 THEN 'reader_error,' ELSE '' END
                || CASE WHEN fault_bits & 2 THEN 'face_mismatch,' ELSE '' END
                || CASE WHEN fault_bits & 4 THEN 'pin_lock,' ELSE '' END
                || CASE WHEN fault_bits & 8 THEN 'eligibility_invalid,' ELSE '' END
                || CASE WHEN fault_bits & 16 THEN 'certificate_expired,' ELSE '' END
                || CASE WHEN fault_bits & 32 THEN 'unrenderable_name,' ELSE '' END
                || CASE WHEN fault_bits & 64 THEN 'wrong_person,' ELSE '' END
                || CASE WHEN fault_bits & 128 THEN 'outage,' ELSE '' END
                || CASE WHEN fault_bits & 256 THEN 'needs_help,' ELSE '' END, ',') AS faults,
            fault_bits,
            recovery_start_ms / 1000.0 AS recovery_start,
            recovery_end_ms / 1000.0 AS recovery_end,
            CASE outcome WHEN 0 THEN 'confirmed_online' WHEN 1 THEN 'confirmed_by_credential'
                WHEN 2 THEN 'moushitatesho' WHEN 3 THEN 'provisional_full' WHEN 4 THEN 'reneged'
                WHEN 5 THEN 'sent_away' END AS outcome,
            outcome = 4 AS reneged,
            decision_errors,
            wait_ms / 1000.0 AS wait
        FROM patient_rows;
        UPDATE meta SET value = '6' WHERE key = 'schema_version';
        """

    /// Names every path and method the model knows, once a file is at version 6 or later:
    /// run on each opening for writing, so a case added since the file was made is named.
    static func nameCodes(_ db: Database) throws {
        let rows = CredentialPath.allCases.map { ("path", $0.code, $0.rawValue) }
            + AuthMethod.allCases.map { ("method", $0.code, $0.rawValue) }
        for (kind, code, name) in rows {
            try db.execute(sql: "INSERT OR IGNORE INTO code_names (kind, code, name) VALUES (?, ?, ?)",
                           arguments: [kind, code, name])
        }
    }
}
