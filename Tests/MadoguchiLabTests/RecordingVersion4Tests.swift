import Foundation
import GRDB
import MadoguchiClinic
import Testing
@testable import MadoguchiLab

/// A recording as schema 4 wrote it: a day with impatient patients, without the queueing
/// figures and the waits schema 5 keeps. It is read as it is, brought to schema 5 when opened
/// for writing, and merged; the same day recorded in schema 5 places in the report's queue
/// chart the patients who gave up without a fault, whom schema 4 could not place.
@Suite struct RecordingVersion4Tests {
    static let seed: UInt64 = 5

    static func makeVersion4Recording(at path: String, scenario: Scenario) throws -> [PatientRecord] {
        let queue = try PatientCodeTests.emptyRecording(at: path, upTo: "v4")
        let (statistics, records) = ClinicRun.recorded(scenario, seed: seed, replication: 0)
        let summary = ReplicationSummary(statistics)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO runs (id, started_at, finished_at, status, scenario_origin, scenario_title, scenario_text, overrides,
                    scenario_hash, program_version, seed, replications, threads)
                VALUES (1, '2026-11-27T00:00:00Z', '2026-11-27T00:00:01Z', 'completed', ?, ?, ?, '', ?, 'v4', ?, 1, 1)
                """, arguments: [scenario.origin, scenario.title, scenario.text, SHA256.hex(scenario.text), String(seed)])
            let v4 = Set(try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('replications')"))
            let kept = ReplicationRow.columns.indices.filter { v4.contains(ReplicationRow.columns[$0]) }
            #expect(kept.count == ReplicationRow.columns.count - 6, "schema 5 added six columns")
            let columns = ["run_id", "replication"] + kept.map { ReplicationRow.columns[$0] }
            try db.execute(sql: "INSERT INTO replications (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))",
                           arguments: StatementArguments([1.databaseValue, 0.databaseValue] + kept.map { summary.values[$0] }))
            func ms(_ t: Double?) -> Int64? { t.flatMap(PatientCode.milliseconds) }
            for p in records.sorted(by: { $0.id < $1.id }) {
                try db.execute(sql: "INSERT INTO patient_rows VALUES (1, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               arguments: [p.id, PatientCode.path(p.path), PatientCode.visit(p.visit), PatientCode.method(p.method),
                                           ms(p.arrival), ms(p.readerStart), ms(p.readerEnd), ms(p.deskQueueEntry), ms(p.serviceStart),
                                           ms(p.serviceEnd), Int(p.faults.rawValue), ms(p.recoveryStart), ms(p.recoveryEnd),
                                           PatientCode.outcome(p.outcome), p.decisionErrors])
            }
        }
        try queue.close()
        return records
    }

    @Test func aVersion4RecordingIsReadMigratedAndMerged() throws {
        let dir = temporaryDirectory()
        let path = dir + "/v4.sqlite"
        let scenario = LabScenarios.mondayRush()
        let records = try Self.makeVersion4Recording(at: path, scenario: scenario)
        let gaveUp = records.filter { $0.reneged && $0.recoveryEnd == nil }.count
        // Some must have given up, or the checks of where the report places them prove nothing.
        #expect(gaveUp > 0, "patients who gave up without a fault: \(gaveUp)")

        // Read as it is, unchanged: the report leaves out those it cannot place, and says so.
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let old = try #require(try ReportInput.read([path]).runs.first)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(old.day.queue.unknownEnds == gaveUp)
        #expect(old.replications.estimate(MetricCatalogue.numberInSystem) == nil)
        #expect(old.replications.estimate(MetricCatalogue.meanWait) != nil)

        // Merged as it is: what schema 4 did not keep is NULL, not 0.
        _ = try RecordingMerge.merge(inputs: [path], into: dir + "/merged.sqlite")
        try Recording.openForReading(dir + "/merged.sqlite").read { db throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM patients WHERE wait IS NULL") == records.count)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM replications WHERE number_in_system IS NULL AND arrived = ?",
                                     arguments: [records.count]) == 1)
        }

        // Opened for writing: brought to the current schema, the old rows keep NULL, a new run goes in
        // beside with every figure.
        let recording = try Recording.openForWriting(path)
        try recording.read { db throws in
            #expect(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'") == String(RecordingSchema.version))
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM patients WHERE wait IS NULL") == records.count)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM replications WHERE number_waiting IS NULL") == 1)
        }
        let info = RunInfo(scenario: scenario, programVersion: "test", seed: Self.seed, replications: 1, threads: 1)
        let recorder = try RunRecorder.begin(info, in: recording)
        _ = try LabRun.run(scenario, info: info, recorder: recorder)
        try recording.read { db throws in
            let waits = try Double.fetchAll(db, sql: "SELECT wait FROM patients WHERE run_id = ? ORDER BY patient_id", arguments: [recorder.runID])
            let sorted = records.sorted { $0.id < $1.id }
            #expect(waits.count == records.count)
            #expect(zip(waits, sorted).allSatisfy { abs($0 - $1.wait) <= 0.0005 }, "waits kept to the millisecond")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM replications WHERE run_id = ? AND number_waiting > 0",
                                     arguments: [recorder.runID]) == 1)
        }
        try recording.close()

        // The same patients, now all placed: no queue is shorter at any moment, and the
        // patients who gave up make some longer.
        let runs = try ReportInput.read([path]).runs
        #expect(runs.count == 2)
        let new = try #require(runs.last)
        #expect(new.day.counted == old.day.counted && new.day.reneged == old.day.reneged)
        #expect(new.day.queue.unknownEnds == 0)
        #expect(new.replications.estimate(MetricCatalogue.numberInSystem) != nil)
        for line in QueueProfile.Line.allCases {
            let (was, now) = (old.day.queue.mean(line), new.day.queue.mean(line))
            #expect(zip(now, was).allSatisfy { $0 >= $1 }, "\(line)")
        }
        let added = QueueProfile.Line.allCases.map { line in
            zip(new.day.queue.mean(line), old.day.queue.mean(line)).map { $0 - $1 }.reduce(0, +)
        }.reduce(0, +)
        #expect(added > 0)
    }
}
