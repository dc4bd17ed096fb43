/// `madoguchi compare --format json`: both set-ups and, per metric, the means and the paired
/// difference B − A with its interval. Keys are documented in docs/run-json.md.
package struct ComparisonJSON: Encodable {
    package struct Metric: Encodable {
        package var aMean: Double
        package var bMean: Double
        package var difference: Estimate
        package var independentHalfWidth: Double
        package var clear: Bool

        enum CodingKeys: String, CodingKey {
            case aMean = "a_mean"
            case bMean = "b_mean"
            case difference
            case independentHalfWidth = "independent_half_width"
            case clear
        }
    }

    package var schema = "madoguchi.compare/1"
    package var version: String
    package var a: ScenarioName
    package var b: ScenarioName
    package var seed: UInt64
    package var replications: Int
    package var metrics: [String: Metric]

    package init(_ comparison: Comparison, version: String) {
        self.version = version
        a = ScenarioName(comparison.a)
        b = ScenarioName(comparison.b)
        seed = comparison.seed
        replications = comparison.replications
        metrics = Dictionary(uniqueKeysWithValues: comparison.differences.map { d in
            (d.metric.labName!, Metric(aMean: d.meanA, bMean: d.meanB,
                                       difference: Estimate(mean: d.difference.mean, low: d.lower, high: d.upper),
                                       independentHalfWidth: d.independentHalfWidth, clear: d.isClear))
        })
    }

    /// One row per metric: the means, the difference and its interval, the unpaired half-width.
    package var csv: String {
        var lines = ["metric,a_mean,b_mean,difference,ci95_low,ci95_high,independent_half_width,clear"]
        for (name, m) in metrics.sorted(by: { $0.key < $1.key }) {
            lines.append([name, "\(m.aMean)", "\(m.bMean)", "\(m.difference.mean)", "\(m.difference.ci95Low)",
                          "\(m.difference.ci95High)", "\(m.independentHalfWidth)", "\(m.clear)"].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
