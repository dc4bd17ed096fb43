import Foundation
import MadoguchiClinic

/// What produced a run, kept in `runs` so every result carries its configuration.
package struct RunInfo: Sendable {
    package var scenarioOrigin: String
    package var scenarioTitle: String
    package var scenarioText: String
    /// `--set` values applied over the scenario file, as "key=value" (also at the end of
    /// `scenarioText`; kept apart so that sweep points can be queried by them).
    package var overrides: [String]
    package var programVersion: String
    package var seed: UInt64
    /// Replications of the whole run: 0..<replications, of which a shard runs a slice.
    package var replications: Int
    package var shard: Shard?
    package var threads: Int

    package init(scenario: Scenario, overrides: [String] = [], programVersion: String, seed: UInt64,
                replications: Int, shard: Shard? = nil, threads: Int) {
        scenarioOrigin = scenario.origin
        scenarioTitle = scenario.title
        scenarioText = scenario.text
        self.overrides = overrides
        self.programVersion = programVersion
        self.seed = seed
        self.replications = replications
        self.shard = shard
        self.threads = threads
    }

    /// SHA-256 of the scenario text, which the loader ends with one "# override: key=value"
    /// line per `--set`: two runs with the same hash (and program version) simulated the
    /// same clinic.
    package var scenarioHash: String { SHA256.hex(scenarioText) }

    /// The replications this process runs.
    package var ownReplications: [Int] { shard?.replications(of: replications) ?? Array(0..<replications) }
}

/// The time stamps of `runs`: UTC, ISO 8601 with seconds.
enum Timestamp {
    static var now: String { Date().ISO8601Format() }
}
