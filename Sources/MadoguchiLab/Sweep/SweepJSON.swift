/// `madoguchi sweep --format json`: the sweep's points with every metric's estimate. Keys
/// are documented in docs/run-json.md.
package struct SweepJSON: Encodable {
    package struct Point: Encodable {
        package var settings: [String: String]
        package var metrics: [String: Estimate]
    }

    package var schema = "madoguchi.sweep/1"
    package var version: String
    package var scenario: ScenarioName
    package var seed: UInt64
    package var replications: Int
    package var points: [Point]

    package init(_ report: SweepReport, version: String) {
        self.version = version
        scenario = ScenarioName(report.scenario)
        seed = report.seed
        replications = report.replications
        points = report.points.map { point in
            Point(settings: Dictionary(point.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 }),
                  metrics: Dictionary(uniqueKeysWithValues: MetricCatalogue.swept.map { ($0.labName!, point.estimate($0)) }))
        }
    }
}
