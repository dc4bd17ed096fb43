import Foundation
import Testing
@testable import MadoguchiLab

/// `madoguchi sweep … --record FILE`: every point of the grid is a completed run of its own,
/// holding what `madoguchi run` records for that point's scenario, and the sweep's CSV is
/// the mean of what the file holds.
@Suite struct SweepRecordTests {
    @Test func everyPointIsTheRunOfItsScenario() throws {
        let dir = temporaryDirectory()
        let sweep = try LabBinary.run(["sweep", "quiet-weekday", "--set", "staff.desks=1,2", "--replications", "3", "--seed", "4",
                                       "--record", "sweep.sqlite", "--format", "csv", "--quiet"], in: dir)
        #expect(sweep.status == 0, "\(sweep.stderr)")
        let base = try LabBinary.run(["scenarios", "--show", "quiet-weekday"], in: dir).stdout
        let recording = try Recording.openForReading(dir + "/sweep.sqlite")
        let runs = try recording.runs()
        #expect(runs.map(\.status) == ["completed", "completed"])
        #expect(runs.map(\.overrides) == ["staff.desks=1", "staff.desks=2"])

        let csv = sweep.stdout.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        #expect(csv.count == 3)
        let column = try #require(csv.first?.firstIndex(of: "mean_wait_min_mean"))
        for (point, run) in zip(1...2, runs) {
            #expect(run.seed == "4" && run.replications == 3 && run.shardIndex == nil)
            #expect(run.scenarioText == base + "\n# override: staff.desks=\(point)")
            #expect(run.scenarioHash == SHA256.hex(run.scenarioText))
            #expect(try recording.committedReplications(run: run.id) == [0, 1, 2])

            // The same point as a scenario file of its own, through `run --record`.
            try (base + "\n[staff]\ndesks = \(point)\n").write(toFile: dir + "/point\(point).toml", atomically: true, encoding: .utf8)
            let alone = try LabBinary.run(["run", "point\(point).toml", "--replications", "3", "--seed", "4",
                                           "--record", "point\(point).sqlite", "--quiet"], in: dir)
            #expect(alone.status == 0, "\(alone.stderr)")
            let single = try Recording.openForReading(dir + "/point\(point).sqlite")
            #expect(try recording.replicationRows(run: run.id) == single.replicationRows(run: 1))
            #expect(try recording.patientRows(run: run.id) == single.patientRows(run: 1))

            // The CSV's mean wait is the mean of the recorded replications' mean waits.
            let waits = try recording.read { db in
                try Double.fetchAll(db, sql: "SELECT wait_mean FROM replications WHERE run_id = ? ORDER BY replication", arguments: [run.id])
            }
            #expect(csv[point][0] == "\(point)")
            #expect(Double(csv[point][column]) == Estimate(waits.map { $0 / 60 }).mean)
        }
    }
}
