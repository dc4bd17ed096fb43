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
        for (row, p) in zip(rows, records) {
            #expect(row["patient_id"] as Int == p.id)
            #expect(row["path"] as String == p.path.rawValue)
            #expect(row["visit"] as String == p.visit.rawValue)
            #expect(row["method"] as String == p.method.rawValue)
            #expect(row["arrival"] as Double == p.arrival)
            #expect(row["reader_start"] as Double? == p.readerStart)
            #expect(row["reader_end"] as Double? == p.readerEnd)
            #expect(row["desk_queue_entry"] as Double? == p.deskQueueEntry)
            #expect(row["service_start"] as Double? == p.serviceStart)
            #expect(row["service_end"] as Double? == p.serviceEnd)
            #expect(row["faults"] as String == p.faults.faults.map(\.rawValue).joined(separator: ","))
            #expect(row["fault_bits"] as Int == Int(p.faults.rawValue))
            #expect(row["recovery_start"] as Double? == p.recoveryStart)
            #expect(row["recovery_end"] as Double? == p.recoveryEnd)
            #expect(row["outcome"] as String == p.outcome.rawValue)
            #expect(row["reneged"] as Bool == p.reneged)
            #expect(row["decision_errors"] as Int == p.decisionErrors)
        }
        let summary = try #require(try reading.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM replications WHERE run_id = ? AND replication = 4", arguments: [run.id])
        })
        #expect(summary["arrived"] as Int == stats.arrived)
        #expect(summary["wait_mean"] as Double == stats.wait.tally.mean)
        #expect(summary["faults_recovered"] as Int == LabMetric.faultsRecovered(stats))
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
                WHERE r.arrived != (SELECT count(*) FROM patients p WHERE p.run_id = r.run_id AND p.replication = r.replication)
                """)!
        }
        #expect(incomplete == 0)
    }
}

@Suite struct PatientInsertTests {
    @Test func methodIndexFollowsAllCases() {
        for (i, method) in AuthMethod.allCases.enumerated() { #expect(PatientInsert.index(method) == i) }
    }
}
