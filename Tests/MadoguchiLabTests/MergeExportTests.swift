import Foundation
import GRDB
import Testing
import MadoguchiClinic
@testable import MadoguchiLab

@Suite struct MergeExportTests {
    @Test func mergedShardsEqualTheUnshardedRun() throws {
        let dir = temporaryDirectory()
        let scenario = LabScenarios.small()
        let (whole, _) = try RecordingTests.record(scenario, to: dir + "/whole.sqlite", replications: 7, threads: 2)
        let shards = (1...3).map { dir + "/shard\($0).sqlite" }
        for (i, path) in shards.enumerated() {
            _ = try RecordingTests.record(scenario, to: path, replications: 7, shard: Shard(index: i + 1, count: 3), threads: 1)
        }
        let report = try RecordingMerge.merge(inputs: shards, into: dir + "/merged.sqlite")
        #expect(report.merged.count == 1)
        #expect(report.skipped.isEmpty)
        let merged = try Recording.openForReading(dir + "/merged.sqlite")
        let unsharded = try Recording.openForReading(dir + "/whole.sqlite")
        let run = try #require(try merged.runs().first)
        #expect(run.status == "completed")
        #expect(run.shardIndex == nil)
        #expect(run.scenarioText == scenario.text)
        #expect(try merged.replicationRows(run: run.id) == unsharded.replicationRows(run: whole.runID))
        #expect(try merged.patientRows(run: run.id) == unsharded.patientRows(run: whole.runID))
        #expect(try merged.patientCount(run: run.id) > 0)
    }

    @Test func refusesAnIncompleteSetOfShards() throws {
        let dir = temporaryDirectory()
        let scenario = LabScenarios.small()
        for i in 1...2 {
            _ = try RecordingTests.record(scenario, to: dir + "/s\(i).sqlite", replications: 6, shard: Shard(index: i, count: 3), threads: 1)
        }
        #expect(throws: RecordingError.self) { try RecordingMerge.merge(inputs: [dir + "/s1.sqlite", dir + "/s2.sqlite"], into: dir + "/m.sqlite") }
        #expect(!FileManager.default.fileExists(atPath: dir + "/m.sqlite"))
        do {
            _ = try RecordingMerge.merge(inputs: [dir + "/s1.sqlite", dir + "/s1.sqlite"], into: dir + "/m.sqlite")
            Issue.record("a shard given twice was accepted")
        } catch let error as RecordingError {
            #expect(error.message(in: .en).contains("is in both"))
        }
    }

    @Test func exportsThreeCSVFiles() throws {
        let dir = temporaryDirectory()
        let path = dir + "/run.sqlite"
        _ = try RecordingTests.record(LabScenarios.small(), to: path, replications: 3)
        let recording = try Recording.openForReading(path)
        let out = dir + "/csv"
        let files = try RecordingExport.csv(recording, to: out)
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["runs.csv", "replications.csv", "patients.csv"])
        let runs = try String(contentsOfFile: out + "/runs.csv", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(runs[0].hasPrefix("id,started_at,finished_at,status,scenario_origin,"))
        #expect(runs[1].contains(",completed,"))
        let replications = try String(contentsOfFile: out + "/replications.csv", encoding: .utf8).split(separator: "\n")
        #expect(replications.count == 4)
        #expect(replications[0].hasPrefix("run_id,replication,arrived,"))
        let patients = try String(contentsOfFile: out + "/patients.csv", encoding: .utf8).split(separator: "\n")
        #expect(patients[0] == "run_id,replication,patient_id,path,visit,method,arrival,reader_start,reader_end,desk_queue_entry,service_start,service_end,faults,fault_bits,recovery_start,recovery_end,outcome,reneged,decision_errors,wait")
        #expect(patients.count - 1 == (try recording.patientCount(run: 1)))
        #expect(patients.contains { $0.contains("\"") }, "a patient with two faults has a quoted list")
        #expect(throws: RecordingError.exportTargetExists(path: out + "/runs.csv")) { try RecordingExport.csv(recording, to: out) }
    }

    /// Damage SQLite meets only while reading the patients (the fuzzer's find): runs.csv and
    /// replications.csv were written by then, and go again with the failed export.
    @Test func anExportThatFailsLeavesNoFiles() throws {
        let dir = temporaryDirectory()
        try FileManager.default.copyItem(atPath: damagedRecording, toPath: dir + "/damaged.sqlite")
        let recording = try Recording.openForReading(dir + "/damaged.sqlite")
        #expect(throws: RecordingError.self) { try RecordingExport.csv(recording, to: dir + "/csv") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/csv") == [])
    }

    @Test func csvFields() {
        #expect(CSV.field("plain") == "plain")
        #expect(CSV.field("a,b") == "\"a,b\"")
        #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.field(DatabaseValue.null) == "")
        #expect(CSV.field(1.5.databaseValue) == "1.5")
    }
}
