import Testing
import MadoguchiClinic
@testable import MadoguchiLab

@Suite struct ReplicationTests {
    static func rows(_ stats: [ClinicStatistics]) -> [String] {
        stats.map { ReplicationRow.values($0).map { "\($0)" }.joined(separator: ",") }
    }

    @Test func sameNumbersWhateverTheThreadCount() {
        let scenario = LabScenarios.mondayRush()
        let one = Self.rows(Replicator.run(scenario, seed: 42, replications: 0..<24, threads: 1))
        let two = Self.rows(Replicator.run(scenario, seed: 42, replications: 0..<24, threads: 2))
        let four = Self.rows(Replicator.run(scenario, seed: 42, replications: 0..<24, threads: 4))
        #expect(one == two)
        #expect(one == four)
        #expect(Set(one).count == 24, "replications differ from one another")
    }

    @Test func shardsTogetherAreTheWholeRun() throws {
        let scenario = LabScenarios.small()
        let whole = try LabRun.run(scenario, info: RunInfo(scenario: scenario, programVersion: "test", seed: 7, replications: 10, threads: 2),
                                   recorder: nil)
        var byReplication: [Int: String] = [:]
        for i in 1...3 {
            let info = RunInfo(scenario: scenario, programVersion: "test", seed: 7, replications: 10, shard: Shard(index: i, count: 3), threads: 1)
            let part = try LabRun.run(scenario, info: info, recorder: nil)
            #expect(part.replications == Array(stride(from: i - 1, to: 10, by: 3)))
            for (r, row) in zip(part.replications, Self.rows(part.statistics)) { byReplication[r] = row }
        }
        #expect((0..<10).map { byReplication[$0]! } == Self.rows(whole.statistics))
    }

    @Test func shardParsing() {
        #expect(Shard(parsing: "2/4") == Shard(index: 2, count: 4))
        #expect(Shard(parsing: "0/4") == nil)
        #expect(Shard(parsing: "5/4") == nil)
        #expect(Shard(parsing: "1/0") == nil)
        #expect(Shard(parsing: "a/b") == nil)
        #expect(Shard(index: 4, count: 4).replications(of: 10) == [3, 7])
    }

    @Test func aStopRequestEndsTheRunEarly() throws {
        let scenario = LabScenarios.small()
        let stop = StopFlag()
        stop.stop()
        let result = try LabRun.run(scenario, info: RunInfo(scenario: scenario, programVersion: "test", seed: 1, replications: 8, threads: 2),
                                    recorder: nil, stop: stop)
        #expect(result.interrupted)
        #expect(result.statistics.isEmpty)
    }

    @Test func progressLine() {
        #expect(ProgressMeter.line(done: 123, total: 1000, seconds: 0.5, language: .en) == "123/1000 replications, 246/s, 4 s left")
        #expect(ProgressMeter.line(done: 123, total: 1000, seconds: 0.5, language: .ja) == "123/1000 反復、毎秒 246、残り 4 秒")
        let written = Collected()
        let silent = ProgressMeter(total: 10, language: .en, enabled: false) { written.add($0) }
        for _ in 0..<10 { silent.advance() }
        silent.finish()
        #expect(written.texts.isEmpty)
        let shown = ProgressMeter(total: 3, language: .en, enabled: true) { written.add($0) }
        for _ in 0..<3 { shown.advance() }
        shown.finish()
        #expect(written.texts.first?.hasPrefix("\r") == true)
        #expect(written.texts.contains { $0.contains("3/3 replications") })
        #expect(written.texts.last?.hasSuffix("\r") == true)
    }
}
