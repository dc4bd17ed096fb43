import Foundation
import GRDB
import Testing
import MadoguchiClinic
@testable import MadoguchiLab

@Suite struct RecordingTests {
    static func record(_ scenario: Scenario, to path: String, seed: UInt64 = 9, replications: Int = 6,
                       shard: Shard? = nil, threads: Int = 2) throws -> (RunRecorder, LabRun.Result) {
        let recording = try Recording.openForWriting(path)
        let info = RunInfo(scenario: scenario, programVersion: "test", seed: seed, replications: replications, shard: shard, threads: threads)
        let recorder = try RunRecorder.begin(info, in: recording)
        return (recorder, try LabRun.run(scenario, info: info, recorder: recorder))
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o777
    }

    @Test func roundTrip() throws {
        let dir = temporaryDirectory()
        let path = dir + "/run.sqlite"
        let scenario = LabScenarios.small()
        let (recorder, result) = try Self.record(scenario, to: path)
        #expect(!result.interrupted)
        let reading = try Recording.openForReading(path)
        let runs = try reading.runs()
        #expect(runs.count == 1)
        let run = try #require(runs.first)
        #expect(run.id == recorder.runID)
        #expect(run.status == "completed")
        #expect(run.seed == "9")
        #expect(run.replications == 6)
        #expect(run.scenarioText == scenario.text)
        #expect(run.scenarioHash == SHA256.hex(scenario.text))
        #expect(run.programVersion == "test")
        #expect(try reading.committedReplications(run: run.id) == Array(0..<6))
        // Every patient as the model recorded him, in order.
        let (stats, unordered) = ClinicRun.recorded(scenario, seed: 9, replication: 4)
        let records = unordered.sorted { $0.id < $1.id }
        let rows = try reading.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM patients WHERE run_id = ? AND replication = 4 ORDER BY patient_id", arguments: [run.id])
        }
        #expect(rows.count == records.count)
        #expect(rows.count == stats.arrived)
        for (row, p) in zip(rows, records) { PatientCodeTests.expect(row, matches: p) }
        let summary = try #require(try reading.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM replications WHERE run_id = ? AND replication = 4", arguments: [run.id])
        })
        #expect(summary["arrived"] as Int == stats.arrived)
        #expect(summary["wait_mean"] as Double == stats.wait.tally.mean)
        #expect(summary["faults_recovered"] as Int == Int(try #require(MetricCatalogue.faultsRecovered.value(stats))))
        #expect(summary["usage_rate"] as Double == stats.usageRate)
    }

    @Test func filesAreOwnerOnly() throws {
        let dir = temporaryDirectory()
        let path = dir + "/private.sqlite"
        let old = umask(0o022)
        defer { umask(old) }
        let recording = try Recording.openForWriting(path)
        _ = try RunRecorder.begin(RunInfo(scenario: LabScenarios.small(), programVersion: "test", seed: 1, replications: 1, threads: 1), in: recording)
        #expect(Self.mode(path) == 0o600)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            #expect(Self.mode(path + suffix) == 0o600, "\(suffix)")
        }
    }

    @Test func refusesAFileThatIsNotARecording() throws {
        let dir = temporaryDirectory()
        let text = dir + "/notes.txt"
        let bytes = Data("my notes\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: text))
        #expect(throws: RecordingError.notARecording(path: text)) { try Recording.openForWriting(text) }
        #expect(throws: RecordingError.notARecording(path: text)) { try Recording.openForReading(text) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: text)) == bytes)

        // Another program's SQLite database.
        let other = dir + "/other.sqlite"
        try DatabaseQueue(path: other).write { db in try db.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)") }
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        #expect(throws: RecordingError.notARecording(path: other)) { try Recording.openForWriting(other) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
        #expect(!FileManager.default.fileExists(atPath: other + "-wal"))
    }

    @Test func refusesANewerSchema() throws {
        let dir = temporaryDirectory()
        let path = dir + "/future.sqlite"
        try Recording.openForWriting(path).close()
        let future = try DatabaseQueue(path: path)
        try future.write { db in try db.execute(sql: "UPDATE meta SET value = '99' WHERE key = 'schema_version'") }
        try future.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let newer = RecordingError.newerSchema(path: path, found: 99, supported: Recording.schemaVersion)
        #expect(throws: newer) { try Recording.openForWriting(path) }
        #expect(throws: newer) { try Recording.openForReading(path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(newer.message(in: .en).contains("schema 99"))
        #expect(newer.message(in: .ja).contains("スキーマ 99"))
    }

    @Test func unwritableDestination() throws {
        let path = "/nonexistent-madoguchi-dir/run.sqlite"
        #expect(throws: RecordingError.unwritable(path: path, reason: "No such file or directory")) { try Recording.openForWriting(path) }
        let dir = temporaryDirectory()
        #expect(throws: RecordingError.isDirectory(path: dir)) { try Recording.openForWriting(dir) }
    }

    @Test func aFullDiskKeepsTheCommittedReplications() throws {
        let dir = temporaryDirectory()
        let path = dir + "/full.sqlite"
        let scenario = LabScenarios.small()
        let recording = try Recording.openForWriting(path)
        let info = RunInfo(scenario: scenario, programVersion: "test", seed: 1, replications: 200, threads: 1)
        let recorder = try RunRecorder.begin(info, in: recording)
        // SQLite reports a full disk once the file would pass max_page_count.
        let pages = try recording.queue.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count")! }
        try recording.queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(pages + 20)") }
        #expect(throws: RecordingError.full(path: path)) { try LabRun.run(scenario, info: info, recorder: recorder) }
        let reading = try Recording.openForReading(path)
        let committed = try reading.committedReplications(run: recorder.runID)
        #expect(!committed.isEmpty && committed.count < 200)
        #expect(try reading.runs().first?.status == "interrupted")
        #expect(RecordingError.full(path: path).message(in: .en).contains("full"))
    }

    @Test func appendsRunsToAnExistingRecording() throws {
        let path = temporaryDirectory() + "/two.sqlite"
        _ = try Self.record(LabScenarios.small(), to: path, replications: 2)
        _ = try Self.record(LabScenarios.small(desks: 3), to: path, replications: 3)
        let runs = try Recording.openForReading(path).runs()
        #expect(runs.map(\.replications) == [2, 3])
        #expect(runs[0].scenarioHash != runs[1].scenarioHash)
    }

    @Test func stoppedRunIsMarkedInterruptedAndKeepsCompletedReplications() throws {
        let path = temporaryDirectory() + "/stopped.sqlite"
        let scenario = LabScenarios.mondayRush()
        let recording = try Recording.openForWriting(path)
        let info = RunInfo(scenario: scenario, programVersion: "test", seed: 1, replications: 2_000, threads: 2)
        let recorder = try RunRecorder.begin(info, in: recording)
        let stop = StopFlag()
        // Stops the run the way Ctrl-C does, once a few replications are in the file.
        let watcher = Thread {
            let reader = try! Recording.openForReading(path)
            while (try? reader.committedReplications(run: recorder.runID).count) ?? 0 < 5 { usleep(1000) }
            stop.stop()
        }
        watcher.start()
        let result = try LabRun.run(scenario, info: info, recorder: recorder, stop: stop)
        #expect(result.interrupted)
        let reading = try Recording.openForReading(path)
        let committed = try reading.committedReplications(run: recorder.runID)
        #expect(committed == result.replications)
        #expect(committed.count >= 5 && committed.count < 2_000)
        #expect(try reading.runs()[0].status == "interrupted")
        let incomplete = try reading.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM replications r
                LEFT JOIN (SELECT run_id, replication, count(*) AS n FROM patients GROUP BY run_id, replication) p USING (run_id, replication)
                WHERE r.arrived != coalesce(p.n, 0)
                """)!
        }
        #expect(incomplete == 0)
    }
}

@Suite struct PatientCodeTests {
    /// A row of the `patients` view holds `p` as the model recorded him, times to the
    /// millisecond; the wait too, unless the file predates schema 5 (`keptWait` false), which
    /// holds NULL for it.
    static func expect(_ row: Row, matches p: PatientRecord, keptWait: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        func ms(_ t: Double?) -> Double? { t.map { ($0 * 1000).rounded() / 1000 } }
        #expect(row["patient_id"] as Int == p.id, sourceLocation: sourceLocation)
        #expect(row["path"] as String == p.path.rawValue, sourceLocation: sourceLocation)
        #expect(row["visit"] as String == p.visit.rawValue, sourceLocation: sourceLocation)
        #expect(row["method"] as String == p.method.rawValue, sourceLocation: sourceLocation)
        #expect(row["arrival"] as Double == ms(p.arrival), sourceLocation: sourceLocation)
        #expect(row["reader_start"] as Double? == ms(p.readerStart), sourceLocation: sourceLocation)
        #expect(row["reader_end"] as Double? == ms(p.readerEnd), sourceLocation: sourceLocation)
        #expect(row["desk_queue_entry"] as Double? == ms(p.deskQueueEntry), sourceLocation: sourceLocation)
        #expect(row["service_start"] as Double? == ms(p.serviceStart), sourceLocation: sourceLocation)
        #expect(row["service_end"] as Double? == ms(p.serviceEnd), sourceLocation: sourceLocation)
        #expect(row["faults"] as String == p.faults.faults.map(\.rawValue).joined(separator: ","), sourceLocation: sourceLocation)
        #expect(row["fault_bits"] as Int == Int(p.faults.rawValue), sourceLocation: sourceLocation)
        #expect(row["recovery_start"] as Double? == ms(p.recoveryStart), sourceLocation: sourceLocation)
        #expect(row["recovery_end"] as Double? == ms(p.recoveryEnd), sourceLocation: sourceLocation)
        #expect(row["outcome"] as String == p.outcome.rawValue, sourceLocation: sourceLocation)
        #expect(row["reneged"] as Bool == p.reneged, sourceLocation: sourceLocation)
        #expect(row["decision_errors"] as Int == p.decisionErrors, sourceLocation: sourceLocation)
        #expect(row["wait"] as Double? == (keptWait ? ms(p.wait) : nil), sourceLocation: sourceLocation)
    }

    /// Patients covering every path, visit, method, outcome and fault, with stages missing.
    static func everyCase() -> [PatientRecord] {
        let paths = CredentialPath.allCases, visits = VisitType.allCases, methods = AuthMethod.allCases
        let outcomes = Outcome.allCases, faults = Fault.allCases
        let count = max(paths.count, visits.count, methods.count, outcomes.count, faults.count + 2)
        return (0..<count).map { (i: Int) -> PatientRecord in
            let struck = i < faults.count ? FaultSet(faults[i])
                : i == faults.count ? [] : FaultSet(rawValue: faults.reduce(0) { $0 | FaultSet($1).rawValue })
            let arrival = 3_600.000_4 + 61.123_456 * Double(i)
            return PatientRecord(id: i, path: paths[i % paths.count], visit: visits[i % visits.count], method: methods[i % methods.count],
                                 arrival: arrival, readerStart: i % 2 == 0 ? nil : arrival + 0.000_5,
                                 readerEnd: i % 3 == 0 ? nil : arrival + 12.25, deskQueueEntry: arrival + 30,
                                 serviceStart: i % 4 == 0 ? nil : arrival + 95.999_9, serviceEnd: i % 4 == 0 ? nil : arrival + 400,
                                 faults: struck, recoveryStart: i % 2 == 0 ? arrival + 20 : nil,
                                 recoveryEnd: i % 2 == 0 ? arrival + 380.5 : nil, outcome: outcomes[i % outcomes.count],
                                 wait: 25.123_4 * Double(i), decisionErrors: i % 3)
        }
    }

    /// The patients of `everyCase` a version 1 file could hold: the paths, methods and
    /// outcomes it knew (the codes its v2 view names; `sent_away` and the what-ifs came later).
    static func version1Cases() -> [PatientRecord] {
        everyCase().filter { $0.outcome != .sentAway && $0.path.code <= 4 && $0.method.code <= 5 }
    }

    /// The codes of `PatientCode` are the ones the view turns back into names: a case added
    /// to the model that no migration or `code_names` row names fails here.
    @Test func everyCaseReadsBackThroughTheView() throws {
        let path = temporaryDirectory() + "/codes.sqlite"
        let recording = try Recording.openForWriting(path)
        let recorder = try RunRecorder.begin(RunInfo(scenario: LabScenarios.small(), programVersion: "test", seed: 1, replications: 1, threads: 1), in: recording)
        let patients = Self.everyCase()
        let statistics = ClinicRun.statistics(LabScenarios.small(), seed: 1, replication: 0)
        try recorder.record(replication: 0, summary: ReplicationSummary(statistics), patients: patients)
        let rows = try recording.read { db in try Row.fetchAll(db, sql: "SELECT * FROM patients ORDER BY patient_id") }
        #expect(rows.count == patients.count)
        for (row, p) in zip(rows, patients) { Self.expect(row, matches: p) }
    }

    /// A time no integer of milliseconds can hold is kept as it is, not trapped on.
    @Test func anInfiniteTimeIsKept() throws {
        let path = temporaryDirectory() + "/infinite.sqlite"
        let recording = try Recording.openForWriting(path)
        let recorder = try RunRecorder.begin(RunInfo(scenario: LabScenarios.small(), programVersion: "test", seed: 1, replications: 1, threads: 1), in: recording)
        let p = Self.everyCase()[1]
        let patient = PatientRecord(id: p.id, path: p.path, visit: p.visit, method: p.method, arrival: p.arrival,
                                    readerStart: p.readerStart, readerEnd: p.readerEnd, deskQueueEntry: p.deskQueueEntry,
                                    serviceStart: p.serviceStart, serviceEnd: .infinity, faults: p.faults,
                                    recoveryStart: p.recoveryStart, recoveryEnd: p.recoveryEnd, outcome: p.outcome,
                                    wait: p.wait, decisionErrors: p.decisionErrors)
        let statistics = ClinicRun.statistics(LabScenarios.small(), seed: 1, replication: 0)
        try recorder.record(replication: 0, summary: ReplicationSummary(statistics), patients: [patient])
        let row = try #require(try recording.read { db in try Row.fetchOne(db, sql: "SELECT * FROM patients") })
        #expect(row["service_end"] as Double == .infinity)
        #expect(row["service_start"] as Double? == (patient.serviceStart! * 1000).rounded() / 1000)
    }

    /// An empty recording as the program of schema `migration` (`v1` …) created it.
    static func emptyRecording(at path: String, upTo migration: String) throws -> DatabaseQueue {
        try Recording.createPrivateFile(path)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA application_id = \(RecordingSchema.applicationID)")
        }
        try RecordingSchema.migrator.migrate(queue, upTo: migration)
        return queue
    }

    /// A recording as version 1 wrote it: one completed run of one replication, `patients`.
    static func makeVersion1Recording(at path: String, patients: [PatientRecord]) throws {
        let queue = try emptyRecording(at: path, upTo: "v1")
        let scenario = LabScenarios.small()
        let summary = ReplicationSummary(ClinicRun.statistics(scenario, seed: 1, replication: 0))
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO runs (id, started_at, finished_at, status, scenario_origin, scenario_title, scenario_text, overrides,
                    scenario_hash, program_version, seed, replications, threads)
                VALUES (1, '2026-11-27T00:00:00Z', '2026-11-27T00:00:01Z', 'completed', 'small', 'small', ?, '', ?, 'v1', '1', 1, 1)
                """, arguments: [scenario.text, SHA256.hex(scenario.text)])
            // Version 1 had neither outcome_sent_away (v3) nor the queueing figures (v5).
            let v1 = Set(try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('replications')"))
            let kept = ReplicationRow.columns.indices.filter { v1.contains(ReplicationRow.columns[$0]) }
            #expect(kept.count == ReplicationRow.columns.count - 7)
            let columns = ["run_id", "replication"] + kept.map { ReplicationRow.columns[$0] }
            try db.execute(sql: "INSERT INTO replications (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))",
                           arguments: StatementArguments([1.databaseValue, 0.databaseValue] + kept.map { summary.values[$0] }))
            for p in patients {
                try db.execute(sql: "INSERT INTO patients VALUES (1, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               arguments: [p.id, p.path.rawValue, p.visit.rawValue, p.method.rawValue, p.arrival, p.readerStart,
                                           p.readerEnd, p.deskQueueEntry, p.serviceStart, p.serviceEnd,
                                           p.faults.faults.map(\.rawValue).joined(separator: ","), Int(p.faults.rawValue),
                                           p.recoveryStart, p.recoveryEnd, p.outcome.rawValue, p.reneged, p.decisionErrors])
            }
        }
        try queue.close()
    }

    /// A file of schema 1 is brought to the current schema when opened for writing: its patients read
    /// the same through the view, to the millisecond, and new runs go in beside them.
    @Test func migratesAVersion1Recording() throws {
        let path = temporaryDirectory() + "/v1.sqlite"
        let patients = Self.version1Cases()
        try Self.makeVersion1Recording(at: path, patients: patients)
        let recording = try Recording.openForWriting(path)
        try recording.read { db in
            #expect(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'") == String(RecordingSchema.version))
            #expect(try String.fetchOne(db, sql: "SELECT type FROM sqlite_master WHERE name = 'patients'") == "view")
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM patients ORDER BY patient_id")
            #expect(rows.count == patients.count)
            for (row, p) in zip(rows, patients) { Self.expect(row, matches: p, keptWait: false) }
        }
        _ = try RunRecorder.begin(RunInfo(scenario: LabScenarios.small(), programVersion: "test", seed: 1, replications: 1, threads: 1), in: recording)
        #expect(try recording.runs().count == 2)
    }

    /// `merge` reads a version 1 file as it is, without changing it, into a version 2 file.
    @Test func mergesAVersion1Recording() throws {
        let dir = temporaryDirectory()
        let patients = Self.version1Cases()
        try Self.makeVersion1Recording(at: dir + "/v1.sqlite", patients: patients)
        let before = try Data(contentsOf: URL(fileURLWithPath: dir + "/v1.sqlite"))
        let report = try RecordingMerge.merge(inputs: [dir + "/v1.sqlite"], into: dir + "/merged.sqlite")
        #expect(report.merged.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/v1.sqlite")) == before)
        let merged = try Recording.openForReading(dir + "/merged.sqlite")
        let rows = try merged.read { db in try Row.fetchAll(db, sql: "SELECT * FROM patients ORDER BY patient_id") }
        #expect(rows.count == patients.count)
        for (row, p) in zip(rows, patients) { Self.expect(row, matches: p, keptWait: false) }
    }
}
