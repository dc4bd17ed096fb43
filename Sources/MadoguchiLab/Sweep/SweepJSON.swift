/// `madoguchi sweep --format json`: the sweep's points with every metric's estimate. Keys
/// are documented in docs/run-json.md.
public struct SweepJSON: Encodable {
    public struct Point: Encodable {
        public var settings: [String: String]
        public var metrics: [String: Estimate]
    }

    public var schema = "madoguchi.sweep/1"
    public var version: String
    public var scenario: ScenarioName
    public var seed: UInt64
    public var replications: Int
    public var points: [Point]

    public init(_ report: SweepReport, version: String) {
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
