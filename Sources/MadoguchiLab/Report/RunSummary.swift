import MadoguchiClinic
import MadoguchiSim

/// The result of `madoguchi run`, shaped for JSON readers: what was run, then every figure of
/// MetricCatalogue.run as an estimate across replications, nested by its key path. Keys are
/// documented in docs/run-json.md and stay stable: other tools read them.
package struct RunSummary: Encodable, Sendable {
    package struct Scenario: Codable, Sendable {
        package var origin: String
        package var title: String
        package var date: String
        package var opening: String
        package var closing: String
        package var desks: Int
        package var readers: Int
    }

    /// The figures as JSON nests them: objects named by the parts of the key paths, estimates
    /// at their leaves.
    indirect enum Node: Encodable {
        case estimate(Estimate)
        case object([String: Node])

        func encode(to encoder: Encoder) throws {
            switch self {
            case .estimate(let estimate): try estimate.encode(to: encoder)
            case .object(let members): try members.encode(to: encoder)
            }
        }

        /// `value` placed at `path` below this object.
        mutating func insert(_ value: Estimate, at path: ArraySlice<Substring>) {
            guard case .object(var members) = self, let first = path.first else { return }
            let name = String(first)
            if path.count == 1 {
                members[name] = .estimate(value)
            } else {
                var child = members[name] ?? .object([:])
                child.insert(value, at: path.dropFirst())
                members[name] = child
            }
            self = .object(members)
        }
    }

    package var schema = "madoguchi.run/1"
    package var version: String
    package var scenario: Scenario
    package var seed: UInt64
    package var replications: Int
    package var warnings: [String]
    /// Per key path of the catalogue, the estimate across replications.
    package private(set) var figures: [String: Estimate] = [:]

    package init(scenario: MadoguchiClinic.Scenario, seed: UInt64, version: String,
                replications stats: [ClinicStatistics], warnings: [String]) {
        self.version = version
        self.scenario = Scenario(origin: scenario.origin, title: scenario.title, date: scenario.date.description,
                                 opening: scenario.opening.shortDescription, closing: scenario.closing.shortDescription,
                                 desks: scenario.desks, readers: scenario.readers)
        self.seed = seed
        replications = stats.count
        self.warnings = warnings
        for metric in MetricCatalogue.run { figures[metric.key!] = metric.estimate(stats) }
    }

    /// The metric's estimate; one not in `run`'s JSON has none.
    package subscript(metric: Metric) -> Estimate? { metric.key.flatMap { figures[$0] } }

    /// The figures as the JSON nests them.
    var tree: [String: Node] {
        var root = Node.object([:])
        for (key, estimate) in figures { root.insert(estimate, at: key.split(separator: ".")[...]) }
        guard case .object(let members) = root else { return [:] }
        return members
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(schema, forKey: Key(stringValue: "schema"))
        try container.encode(version, forKey: Key(stringValue: "version"))
        try container.encode(scenario, forKey: Key(stringValue: "scenario"))
        try container.encode(seed, forKey: Key(stringValue: "seed"))
        try container.encode(replications, forKey: Key(stringValue: "replications"))
        try container.encode(warnings, forKey: Key(stringValue: "warnings"))
        for (name, node) in tree { try container.encode(node, forKey: Key(stringValue: name)) }
    }
}
