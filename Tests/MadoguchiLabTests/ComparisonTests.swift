import Testing
import MadoguchiClinic
@testable import MadoguchiLab

@Suite struct ComparisonTests {
    @Test func aAgainstItselfShowsNoDifference() throws {
        let a = LabScenarios.mondayRush()
        let c = try #require(Comparison.run(a, a, seed: 3, replications: 20))
        #expect(c.differences.map(\.metric) == MetricCatalogue.compared)
        for d in c.differences {
            #expect(d.difference.contains(0), "\(d.metric.labName!)")
            #expect(!d.isClear)
            #expect(ComparisonReport.sentence(d, language: .en).hasPrefix("No clear difference"))
        }
    }

    @Test func oneMoreDeskCutsTheWaitAndTheIntervalSaysSo() throws {
        let a = LabScenarios.mondayRush(desks: 2)
        let b = LabScenarios.mondayRush(desks: 3)
        // 100 replications: with 30, each "paired is narrower" check below failed for a
        // correct engine with a chance of 0.1–0.5 % (an F(29, 29) tail at the variance
        // ratios of 0.32–0.38 seen here), as much together as the whole statistical family;
        // with 100 it is about 10⁻⁶ each.
        let c = try #require(Comparison.run(a, b, seed: 11, replications: 100))
        let wait = try #require(c.difference(MetricCatalogue.meanWait))
        #expect(wait.meanB < wait.meanA)
        #expect(wait.difference.upper < 0, "interval \(wait.difference.lower)…\(wait.difference.upper) should lie below 0")
        #expect(wait.isClear)
        #expect(ComparisonReport.sentence(wait, language: .en).hasPrefix("B cuts the mean wait by"))
        #expect(ComparisonReport.sentence(wait, language: .ja).contains("短縮します"))
        // Common random numbers: the paired interval is narrower than independent runs give.
        for metric in [MetricCatalogue.meanWait, MetricCatalogue.p90Wait, MetricCatalogue.meanTimeAtReception] {
            let d = try #require(c.difference(metric))
            print("\(metric.labName!): CRN half-width \(d.difference.halfWidth), independent half-width \(d.independentHalfWidth)")
            #expect(d.difference.halfWidth < d.independentHalfWidth, "\(metric.labName!)")
        }
    }

    @Test func sentences() {
        func difference(_ metric: Metric, _ values: [Double]) -> PairedDifference {
            PairedDifference(metric: metric, a: values.map { _ in 0 }, b: values, independentB: values)
        }
        let cut = difference(MetricCatalogue.meanWait, [-3.0, -3.4, -3.2, -3.1, -3.3])
        #expect(ComparisonReport.sentence(cut, language: .en) == "B cuts the mean wait by 3.2 min (95 % CI 3.0–3.4).")
        #expect(ComparisonReport.sentence(cut, language: .ja) == "B は平均待ち時間を 3.2 分短縮します(95 %信頼区間 3.0〜3.4)。")
        let up = difference(MetricCatalogue.usageRate, [2.0, 2.1, 1.9, 2.0])
        #expect(ComparisonReport.sentence(up, language: .en).hasPrefix("B raises the usage rate by 2.00 points (95 % CI"))
        let unclear = difference(MetricCatalogue.faultsRecovered, [-1, 1, 0.5, -0.5])
        #expect(ComparisonReport.sentence(unclear, language: .en).hasPrefix("No clear difference in the faults recovered: the 95 % CI −"))
        #expect(ComparisonReport.sentence(unclear, language: .ja).hasPrefix("対応できたトラブルに明確な差はありません"))
    }

    @Test func reportListsEveryMetricInBothLanguages() throws {
        let a = LabScenarios.small()
        let c = try #require(Comparison.run(a, LabScenarios.small(desks: 3), seed: 1, replications: 4))
        for language in Language.allCases {
            let text = ComparisonReport(c, language: language, version: "test").text
            for metric in MetricCatalogue.compared { #expect(text.contains(metric.label.text(language))) }
        }
    }
}
