import Foundation
import MadoguchiClinic
import MadoguchiLab
import MadoguchiSim
import Testing

/// A 95 % interval never leaves the values its metric can take: counts and durations stay at
/// or above 0, shares within [0, 1] (percentages within [0, 100]). The t interval is cut
/// there, which keeps its coverage.
@Suite struct IntervalRangeTests {
    @Test func aRareCountIsCutAtZeroAndKeepsItsUpperEnd() {
        let values: [Double] = [0, 0, 1, 0, 2]
        let t = ConfidenceInterval(values, level: 0.95)
        #expect(t.lower < 0, "the case this guards: a t interval below 0")
        let e = Estimate(values, within: Estimate.nonNegative)
        #expect(e.ci95Low == 0 && e.ci95High == t.upper && e.mean == t.mean)
        #expect(e.text(digits: 1, replications: 5) == "0.6 (0.0–\(String(format: "%.1f", t.upper)))")
    }

    @Test func aShareNearOneIsCutAtOne() {
        let values: [Double] = [1, 1, 1, 0.8, 1]
        let t = ConfidenceInterval(values, level: 0.95)
        #expect(t.upper > 1)
        let e = Estimate(values, within: Estimate.fraction)
        #expect(e.ci95High == 1 && e.ci95Low == t.lower)
    }

    @Test func anIntervalInsideTheRangeIsLeftAsItWas() {
        let e = Estimate([10, 12, 11, 13], within: Estimate.nonNegative)
        let t = ConfidenceInterval([10, 12, 11, 13], level: 0.95)
        #expect(e.ci95Low == t.lower && e.ci95High == t.upper)
        #expect(e.text(digits: 1, replications: 4) == "11.5" + String(format: "±%.1f", t.halfWidth))
    }

    /// Every estimate of `run`'s JSON, walked by key path.
    static func estimates(_ value: JSONValue, _ path: String = "") -> [(path: String, low: Double, mean: Double, high: Double)] {
        guard let object = value.object else { return [] }
        if let mean = object["mean"]?.number, let low = object["ci95_low"]?.number, let high = object["ci95_high"]?.number {
            return [(path, low, mean, high)]
        }
        return object.keys.sorted().flatMap { estimates(object[$0]!, path + "." + $0) }
    }

    /// The issue's case: a fault seen 0.6 times a day over 5 replications of the default
    /// scenario gave `"ci95_low" : -0.08`.
    @Test func runOverFiveReplicationsStaysInRange() throws {
        let dir = temporaryDirectory()
        let result = try LabBinary.run(["run", "default", "--replications", "5", "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
        let all = Self.estimates(json)
        #expect(all.count > 100)
        #expect(all.contains { $0.path == ".faults.certificate_expired.count" && $0.low == 0 && $0.mean > 0 })
        for e in all {
            #expect(e.low >= 0 && e.low <= e.mean && e.mean <= e.high, "\(e)")
        }
        let shares = all.filter { $0.path.hasPrefix(".utilization.") || $0.path == ".usage_rate" }
        #expect(shares.count == 3)
        for e in shares { #expect(e.high <= 1, "\(e)") }
    }

    /// A share near 1 over a few patients: the usage rate's interval, as `run` reports it
    /// (`Metric.estimate`), ends at 1. Five replications of five online confirmations, one
    /// of them not by My Number card in one replication: the t interval passes 1. Fixed
    /// counts rather than a seeded run, in which any setting gives such a spread only by
    /// luck (at a 97 % card share and 4 patients an hour, 22 of 40 seeds did).
    @Test func aUsageRateNearOneEndsAtOne() {
        let replications = [5, 5, 5, 4, 5].map { myNumber in
            var statistics = ClinicStatistics()
            statistics.onlineConfirmations = 5
            statistics.mynaConfirmations = myNumber
            return statistics
        }
        #expect(ConfidenceInterval(replications.map(\.usageRate), level: 0.95).upper > 1)
        let usage = MetricCatalogue.usageRate.estimate(replications)
        #expect(usage.ci95High == 1 && usage.mean < 1 && usage.ci95Low < usage.mean, "\(usage)")
    }

    @Test func sweepCSVStaysInRange() throws {
        let dir = temporaryDirectory()
        let result = try LabBinary.run(["sweep", "default", "--set", "staff.readers=1,2", "--replications", "4", "--format", "csv", "--quiet"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(rows.first)
        #expect(rows.count == 3)
        for row in rows.dropFirst() {
            for (i, column) in header.enumerated() where column.hasSuffix("_ci95_low") {
                #expect(try #require(Double(row[i])) >= 0, "\(column)")
            }
            for (i, column) in header.enumerated() where column.hasSuffix("_pct_ci95_high") {
                #expect(try #require(Double(row[i])) <= 100, "\(column)")
            }
        }
    }
}
