import Testing
import MadoguchiClinic
@testable import MadoguchiLab

@Suite struct SweepTests {
    @Test func parsesSettingsAndBuildsTheGrid() throws {
        let desks = try SweepSetting(parsing: "staff.desks=2,3,4")
        #expect(desks == SweepSetting(key: "staff.desks", values: ["2", "3", "4"]))
        let rate = try SweepSetting(parsing: "faults.reader_error = 0.01, 0.05")
        #expect(rate == SweepSetting(key: "faults.reader_error", values: ["0.01", "0.05"]))
        let grid = SweepSetting.grid([desks, rate])
        #expect(grid.count == 6)
        #expect(grid[0].map(\.value) == ["2", "0.01"])
        #expect(grid[1].map(\.value) == ["2", "0.05"])
        #expect(grid[5].map(\.value) == ["4", "0.05"])
        for bad in ["staff.desks", "=2,3", "staff.desks=", "staff.desks=2,,3"] {
            #expect(throws: SweepError.badSetting(bad)) { try SweepSetting(parsing: bad) }
        }
    }

    @Test func tableAndCSVHaveOneRowPerPoint() {
        let points = [2, 3].map { desks in
            SweepPoint(settings: [(key: "staff.desks", value: String(desks))],
                       statistics: Replicator.run(LabScenarios.small(desks: desks), seed: 5, replications: 0..<5, threads: 2))
        }
        let report = SweepReport(scenario: LabScenarios.small(), seed: 5, replications: 5, points: points)
        let csv = report.csv.split(separator: "\n")
        #expect(csv.count == 3)
        #expect(csv[0].hasPrefix("staff.desks,seed,replications,mean_wait_min_mean,mean_wait_min_ci95_low,mean_wait_min_ci95_high,"))
        #expect(csv[1].hasPrefix("2,5,5,"))
        #expect(points[1].estimate(MetricCatalogue.meanWait).mean < points[0].estimate(MetricCatalogue.meanWait).mean)
        let text = report.text(language: .en, version: "test")
        #expect(text.contains("mean_wait_min: mean wait (min)"))
        #expect(report.text(language: .ja, version: "test").contains("mean_wait_min: 平均待ち時間 (分)"))
    }
}

