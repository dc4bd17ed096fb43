import Foundation
import MadoguchiClinic
import Testing
@testable import MadoguchiLab

/// `madoguchi merge` when not every input is a completed shard: a run was interrupted,
/// nothing is left to merge, or the output is also one of the inputs.
@Suite struct MergeCommandTests {
    static let run = ["run", "quiet-weekday", "--replications", "6", "--seed", "5", "--quiet"]

    /// Shard i of 2 by the real program, into `file` in `dir`.
    static func shard(_ i: Int, to file: String, in dir: String) throws {
        let result = try LabBinary.run(run + ["--shard", "\(i)/2", "--record", file], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// Shard 2 of 2 stopped as Ctrl-C stops it, here before its first replication completed:
    /// the run is in the file, marked interrupted. A run not completed is left out whatever
    /// its version, so the program's own is not needed here.
    static func interruptedShard(to path: String) throws {
        let scenario = try ScenarioLoader.load(nameOrPath: "quiet-weekday")
        let info = RunInfo(scenario: scenario, programVersion: "test", seed: 5, replications: 6,
                           shard: Shard(index: 2, count: 2), threads: 1)
        let recorder = try RunRecorder.begin(info, in: Recording.openForWriting(path))
        let stop = StopFlag()
        stop.stop()
        let result = try LabRun.run(scenario, info: info, recorder: recorder, stop: stop)
        #expect(result.interrupted)
        #expect(try Recording.openForReading(path).runs().map(\.status) == ["interrupted"])
    }

    @Test func anInterruptedRunIsLeftOutAndNamed() throws {
        let dir = temporaryDirectory()
        #expect(try LabBinary.run(Self.run + ["--record", "whole.sqlite"], in: dir).status == 0)
        try Self.shard(1, to: "s1.sqlite", in: dir)
        try Self.shard(2, to: "s2.sqlite", in: dir)
        try Self.interruptedShard(to: dir + "/s2-stopped.sqlite")

        // The interrupted shard does not count: without its completed re-run, shard 2 is missing.
        let lacking = try LabBinary.run(["merge", "m1.sqlite", "s1.sqlite", "s2-stopped.sqlite"], in: dir)
        #expect(lacking.status == 2)
        #expect(lacking.stderr.contains("lacks 3 of its 6 replications (1, 3, 5)"), "\(lacking.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/m1.sqlite"))

        let merged = try LabBinary.run(["merge", "m2.sqlite", "s1.sqlite", "s2-stopped.sqlite", "s2.sqlite"], in: dir)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stderr == "madoguchi: left out, not completed: s2-stopped.sqlite run 1 (shard 2/2): interrupted\n")
        #expect(merged.stdout == "m2.sqlite: run 1 joins 2 runs, 6 replications\n")
        let whole = try Recording.openForReading(dir + "/whole.sqlite")
        let result = try Recording.openForReading(dir + "/m2.sqlite")
        #expect(try result.runs().map(\.status) == ["completed"])
        #expect(try result.replicationRows(run: 1) == whole.replicationRows(run: 1))
        #expect(try result.patientRows(run: 1) == whole.patientRows(run: 1))
    }

    @Test func nothingLeftToMergeSaysWhatWasLeftOut() throws {
        let dir = temporaryDirectory()
        try Self.interruptedShard(to: dir + "/stopped.sqlite")
        let result = try LabBinary.run(["merge", "out.sqlite", "stopped.sqlite"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr == "madoguchi: no completed runs to merge; left out, not completed: "
                               + "stopped.sqlite run 1 (shard 2/2): interrupted\n", "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.sqlite"))
    }

    /// A file whose first pages are sound but whose patients are damaged is opened, and
    /// SQLite finds the damage only while copying: the message names it, not the output.
    /// (The fuzzer's find, kept in Fuzz/Regressions/recording.)
    @Test func damageFoundWhileCopyingNamesTheInput() throws {
        let dir = temporaryDirectory()
        try FileManager.default.copyItem(atPath: damagedRecording, toPath: dir + "/damaged.sqlite")
        let result = try LabBinary.run(["merge", "out.sqlite", "damaged.sqlite"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("madoguchi: damaged.sqlite is a damaged Madoguchi recording"), "\(result.stderr)")
        // The merge made out.sqlite, so it takes it away again.
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.sqlite"))
    }

    /// All or nothing: good shards merged first, then a damaged source found while copying;
    /// an output that held a run before holds just that run afterwards, nothing "interrupted".
    @Test func aMergeThatFailsLeavesTheOutputAsItWas() throws {
        let dir = temporaryDirectory()
        try FileManager.default.copyItem(atPath: damagedRecording, toPath: dir + "/damaged.sqlite")
        try Self.shard(1, to: "s1.sqlite", in: dir)
        try Self.shard(2, to: "s2.sqlite", in: dir)
        let first = try LabBinary.run(["merge", "out.sqlite", "s1.sqlite", "s2.sqlite"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Recording.openForReading(dir + "/out.sqlite").runs()
        #expect(before.map(\.status) == ["completed"])
        let result = try LabBinary.run(["merge", "out.sqlite", "s1.sqlite", "s2.sqlite", "damaged.sqlite"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("madoguchi: damaged.sqlite is a damaged Madoguchi recording"), "\(result.stderr)")
        let after = try Recording.openForReading(dir + "/out.sqlite")
        #expect(try after.runs().map(\.id) == before.map(\.id))
        #expect(try after.runs().map(\.status) == ["completed"])
        #expect(try after.committedReplications(run: before[0].id).count == before[0].replications)
    }

    /// Refused before anything is written, however the output is spelled.
    @Test func theOutputCannotAlsoBeAnInput() throws {
        let dir = temporaryDirectory()
        try Self.shard(1, to: "s1.sqlite", in: dir)
        try Self.shard(2, to: "s2.sqlite", in: dir)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.sqlite", withDestinationPath: "s1.sqlite")
        let before = try Data(contentsOf: URL(fileURLWithPath: dir + "/s1.sqlite"))
        for (output, input) in [("s1.sqlite", "s1.sqlite"), ("./s1.sqlite", "s1.sqlite"), ("link.sqlite", "s1.sqlite"),
                                ("s1.sqlite", dir + "/s1.sqlite")] {
            let result = try LabBinary.run(["merge", output, "s2.sqlite", input], in: dir)
            #expect(result.status == 2, "\(output) ← \(input)")
            #expect(result.stderr == "madoguchi: cannot merge \(input): it is also the output file\n", "\(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/s1.sqlite")) == before)
        #expect(try Recording.openForReading(dir + "/s1.sqlite").runs().count == 1)
    }
}
